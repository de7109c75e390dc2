/**
 * Pagefind excerpts are HTML-escaped page text with <mark> around the hits. The search panel
 * rebuilds them as text and <mark> nodes, never as markup, so they are split here without a
 * browser HTML parser: a parse of a lone fragment drops its leading and trailing whitespace,
 * which glued the words around every highlight together ("Mailboxfull.The").
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind's escaping produces (named and numeric); anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into plain and highlighted runs, whitespace kept exactly; empty runs are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .map((part) =>
      part.startsWith('<mark>') && part.endsWith('</mark>')
        ? { text: decodeEntities(part.slice(6, -7)), marked: true }
        : { text: decodeEntities(part.replace(/<[^>]*>/g, '')), marked: false },
    )
    .filter((part) => part.text !== '');
}
