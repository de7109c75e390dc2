/**
 * Reason rules: the words of a bounce outweigh a generic code. Placeholder until the rules land;
 * the signature is the contract (see types.ts).
 */
import type { Classification } from './types.ts';

export interface Evidence {
  reply: string | null;
  enhanced: string | null;
  diagnostic: string | null;
  remoteMta?: string | null;
  stage?: string | null;
  action?: string | null;
}

export function classify(_evidence: Evidence): Classification {
  return { reason: 'Undefined', verdict: 'none', rule: '', matches: [], provider: null };
}
