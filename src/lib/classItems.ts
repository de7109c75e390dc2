/**
 * One entry serves every class of an enhanced code (4.2.0 and 5.2.0 share X.2.0), so its causes
 * and fixes mix advice for both: "For 4.2.0, do nothing: your server retries" is false on the
 * 5.2.0 page. Where a generated sentence picks one item for one class (the "typical cause" and
 * "first thing to fix" of a comparison), it must pick one that holds for that class.
 */

/** The other class forms of a concrete enhanced code ("5.2.0" → ["2.2.0", "4.2.0"]). */
function otherForms(code: string): string[] {
  const rest = code.slice(1);
  return ['2', '4', '5'].filter((c) => c !== code[0]).map((c) => `${c}${rest}`);
}

const mentions = (item: string, code: string) => new RegExp(`(?<![\\d.])${code.replace(/\./g, '\\.')}(?![\\d])`).test(item);

/** Words that fit only a temporary failure, or only a permanent one, when no code is named. */
const TEMPORARY_ONLY = /\b(?:greylist\w*|temporar\w*|your (?:mail )?server retries|let (?:the|your) (?:message|queue|server) (?:wait|retry)|wait in the queue)\b/i;
const PERMANENT_ONLY = /\b(?:stop sending|remove (?:it|the address|them)|account is gone|no longer exists|never (?:valid|existed)|mistyped|typo)\b/i;

/**
 * The items that hold for `code`'s class, best first: those naming this form, then neutral ones;
 * never one that names only another class form ("For 4.2.0, …") or whose words fit only the other
 * class (greylisting on a 5.x.x page, "stop sending" on a 4.x.x page); for a success form, only items
 * that name it. Reply codes keep every item.
 */
export function itemsForClass(items: readonly string[], code: string): string[] {
  if (!/^[245]\.\d{1,3}\.\d{1,3}$/.test(code)) return [...items];
  const others = otherForms(code);
  const scored = items
    .map((item, i) => {
      const own = mentions(item, code);
      const other = others.some((o) => mentions(item, o));
      if (other && !own) return null;
      // A success form (2.6.0) shares its entry with failures: only items that name it hold for it.
      if (!own && code[0] === '2') return null;
      if (!own && code[0] === '5' && TEMPORARY_ONLY.test(item)) return null;
      if (!own && code[0] === '4' && PERMANENT_ONLY.test(item)) return null;
      return { item, i, score: own ? 0 : 1 };
    })
    .filter((x): x is { item: string; i: number; score: number } => x !== null);
  return scored.sort((a, b) => a.score - b.score || a.i - b.i).map((x) => x.item);
}
