/**
 * HTML to plain text for NDRs that only come as HTML (Exchange, Microsoft 365). Never builds a
 * DOM and never runs anything: tags are dropped as text, so no script, style or image can load.
 * Linear: each pattern matches from a fixed opening character with bounded or negated classes.
 */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•', zwnj: '', zwj: '',
};

function decodeEntity(_: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return ' ';
    const ch = String.fromCodePoint(code);
    return ch === '\u00a0' ? ' ' : ch;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? ' ';
}

/** Decode character references; unknown ones become a blank so their digits never look like codes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, decodeEntity);
}

/** Block-level tags end a line; everything else between < and > is dropped. */
const BLOCK_TAG = /<\/?(?:p|div|br|tr|li|ul|ol|table|tbody|thead|h[1-6]|blockquote|pre|hr|section|article|header|footer|dt|dd)\b[^>]{0,2000}>/gi;

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|head|title|template|noscript)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(BLOCK_TAG, '\n')
      .replace(/<\/?t[dh]\b[^>]{0,2000}>/gi, ' ')
      .replace(/<[^>]{0,4000}>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
