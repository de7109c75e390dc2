/**
 * Links between reply codes and enhanced codes, both ways, from what each entry declares.
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
}

export interface CrossLinks {
  enhancedForReply: Map<string, string[]>;
  repliesForEnhanced: Map<string, string[]>;
}

function pushUnique(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/**
 * An enhanced entry's reply codes apply to a concrete page only when the classes agree
 * (a 4.2.2 page is not linked from 552, but 5.2.2 is), since a class mismatch would mislead.
 */
export function buildCrossLinks(replies: readonly ReplySide[], enhanced: readonly EnhancedSide[], compare: (a: string, b: string) => number): CrossLinks {
  const replyCodes = new Set(replies.map((r) => r.code));
  const enhancedCodes = new Set(enhanced.map((e) => e.code));
  const enhancedForReply = new Map<string, string[]>();
  const repliesForEnhanced = new Map<string, string[]>();

  for (const reply of replies) {
    for (const code of reply.enhanced) {
      if (!enhancedCodes.has(code)) continue;
      pushUnique(enhancedForReply, reply.code, code);
      pushUnique(repliesForEnhanced, code, reply.code);
    }
  }
  for (const page of enhanced) {
    for (const reply of page.replyCodes) {
      if (!replyCodes.has(reply) || reply[0] !== page.code[0]) continue;
      pushUnique(repliesForEnhanced, page.code, reply);
      pushUnique(enhancedForReply, reply, page.code);
    }
  }
  for (const list of enhancedForReply.values()) list.sort(compare);
  for (const list of repliesForEnhanced.values()) list.sort(compare);
  return { enhancedForReply, repliesForEnhanced };
}
