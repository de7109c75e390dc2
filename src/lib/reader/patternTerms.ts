/**
 * The words a provider pattern looks for, as a reader would type them: /\bgsmtp\b|support\.google\.com/i
 * → ["gsmtp", "support.google.com"]. Used to list "how to recognise it" beside each provider; a
 * term that keeps regex syntax (a class such as S31[45]0) is shown as it is.
 */

/** Splits at top-level `|` (not inside parentheses or brackets). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** Removes one wrapping non-capturing group when it spans the whole pattern. */
function unwrap(source: string): string {
  if (!source.startsWith('(?:') || !source.endsWith(')')) return source;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0 && i < source.length - 1) return source;
  }
  return source.slice(3, -1);
}

function clean(term: string): string {
  return term
    .replace(/^\(\?:\^\|\\\.\)/, '')
    .replace(/^\^|\$$/g, '')
    .replace(/\\b/g, '')
    .replace(/\\([./()\-[\]])/g, '$1')
    .trim();
}

/** At most this many spellings per term; a term with more is shown as its pattern. */
const MAX_SPELLINGS = 4;

/**
 * "support.google.com/(?:mail|a)" and "yahoo(?:inc)?" → each spelling, when the groups hold plain
 * words only; several groups multiply, up to MAX_SPELLINGS.
 */
function expand(term: string): string[] {
  const m = /^([^()]*)\(\?:([\w.\/ -]+(?:\|[\w.\/ -]+)*)\)(\??)(.*)$/.exec(term);
  if (!m) return [term];
  const [, before, group, optional, after] = m;
  if (!optional && !group!.includes('|')) return [term];
  const options = group!.split('|');
  if (optional) options.unshift('');
  const spellings = options.flatMap((o) => expand(`${before}${o}${after}`));
  return spellings.length <= MAX_SPELLINGS ? spellings : [term];
}

export function patternTerms(pattern: RegExp | undefined): string[] {
  if (!pattern) return [];
  const stripped = pattern.source.replace(/^\(\?:\^\|\\\.\)/, '').replace(/\$$/, '');
  const terms = alternatives(unwrap(stripped)).flatMap((alt) => {
    const inner = unwrap(clean(alt));
    return inner !== clean(alt) ? alternatives(inner).map(clean) : [clean(alt)];
  });
  // A term that still holds pattern syntax (S31[45]0, AS(\d+), (?:is )?listed) would show a sender
  // a regular expression: leave it out rather than print it.
  return [...new Set(terms.flatMap(expand).filter((t) => t && !/[[\](){}?*+|\\^$]/.test(t)))];
}
