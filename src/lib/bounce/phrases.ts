/**
 * Typed phrases without a code ("user unknown", "relay access denied", "mailbox full") resolve
 * through the same reason rules as a pasted bounce, before any full-text search.
 * Placeholder until the rules land; the signature is the contract.
 */
import type { Reason } from './types.ts';

export interface PhraseTarget {
  reason: Reason;
  /** The code whose page answers it (a concrete code such as "5.1.1" or "550"). */
  code: string;
}

export function phraseTarget(_text: string): PhraseTarget | null {
  return null;
}
