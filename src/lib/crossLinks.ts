/**
 * Links between reply codes and enhanced codes, both ways, from evidence: the pairs the site's
 * own log lines show (counted, so the common ones come first) and the IANA registry's basic
 * reply-code column. An entry's declared list (`enhanced:` / `replyCodes:`) is kept only where
 * one of those backs it, so "seen with" never means "every entry that names it".
 * Only targets that have a page are kept, so every rendered link resolves.
 */

export interface ReplySide {
  code: string;
  /** Concrete enhanced codes the entry says are seen with it ("5.1.1"). */
  enhanced: readonly string[];
}

export interface EnhancedSide {
  /** Concrete code with its own page ("5.1.1"). */
  code: string;
  /** Reply codes the entry says it arrives with. */
  replyCodes: readonly string[];
  /** The registry's basic reply codes for this entry ("X.1.1" → 451, 550); same-class ones count. */
  registryReplyCodes?: readonly string[];
}

export interface Evidence {
  /** (reply, enhanced page) pairs seen in log lines, one per line. */
  logPairs: readonly { reply: string; enhanced: string }[];
}

export interface CrossLinks {
  enhancedForReply: Map<string, string[]>;
  repliesForEnhanced: Map<string, string[]>;
  /**
   * Enhanced pages with no reply code of their own: the reply codes their sibling class
   * arrives with ("4.1.7" → { via: "5.1.7", replies: ["501", "553"] }), shown as such.
   */
  viaSibling: Map<string, { via: string; replies: string[] }>;
}

interface PairScore {
  reply: string;
  enhanced: string;
  seen: number;
  registry: boolean;
}

/**
 * Evidence for each pair: how many log lines show it, and whether the registry lists the reply
 * code for the enhanced code (only when the classes agree, RFC 3463 §2: a 4.x.x code goes with a
 * 4xx reply). Declared pairs without either are dropped.
 */
export function buildCrossLinks(
  replies: readonly ReplySide[],
  enhanced: readonly EnhancedSide[],
  compare: (a: string, b: string) => number,
  evidence: Evidence = { logPairs: [] },
): CrossLinks {
  const replyCodes = new Set(replies.map((r) => r.code));
  const enhancedCodes = new Set(enhanced.map((e) => e.code));
  const scores = new Map<string, PairScore>();
  const score = (reply: string, enh: string) => {
    const key = `${reply} ${enh}`;
    let s = scores.get(key);
    if (!s) scores.set(key, (s = { reply, enhanced: enh, seen: 0, registry: false }));
    return s;
  };
  for (const p of evidence.logPairs) {
    if (replyCodes.has(p.reply) && enhancedCodes.has(p.enhanced)) score(p.reply, p.enhanced).seen++;
  }
  for (const page of enhanced) {
    for (const reply of page.registryReplyCodes ?? []) {
      if (replyCodes.has(reply) && reply[0] === page.code[0]) score(reply, page.code).registry = true;
    }
  }
  // Declared pairs count only when evidence backs them; they add nothing on their own.
  const backed = (s: PairScore | undefined) => s !== undefined && (s.seen > 0 || s.registry);
  const kept = [...scores.values()].filter((s) => backed(s));

  const order = (a: PairScore, b: PairScore, key: 'reply' | 'enhanced') =>
    b.seen - a.seen || Number(b.registry) - Number(a.registry) || compare(a[key], b[key]);
  const enhancedForReply = new Map<string, string[]>();
  const repliesForEnhanced = new Map<string, string[]>();
  for (const r of replyCodes) {
    const list = kept.filter((s) => s.reply === r).sort((a, b) => order(a, b, 'enhanced'));
    if (list.length > 0) enhancedForReply.set(r, list.map((s) => s.enhanced));
  }
  for (const e of enhancedCodes) {
    const list = kept.filter((s) => s.enhanced === e).sort((a, b) => order(a, b, 'reply'));
    if (list.length > 0) repliesForEnhanced.set(e, list.map((s) => s.reply));
  }

  const viaSibling = new Map<string, { via: string; replies: string[] }>();
  for (const page of enhanced) {
    if (repliesForEnhanced.has(page.code)) continue;
    const tail = page.code.slice(1);
    const sibling = ['5', '4', '2'].map((c) => c + tail).find((c) => c !== page.code && repliesForEnhanced.has(c));
    if (sibling) viaSibling.set(page.code, { via: sibling, replies: repliesForEnhanced.get(sibling)! });
  }
  return { enhancedForReply, repliesForEnhanced, viaSibling };
}
