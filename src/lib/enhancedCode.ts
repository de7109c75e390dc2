/**
 * Enhanced status codes (RFC 3463): class.subject.detail. Content entries are written once per
 * registry code ("X.1.1") and yield one page per class the registry allows ("4.1.1", "5.1.1").
 */
import { bounceOfOutcome, outcomeOfClass, type BounceType, type Outcome } from './replyCode.ts';

export type EnhancedClass = '2' | '4' | '5';

const ENTRY_CODE = /^X\.(\d{1,3})\.(\d{1,3})$/;
const CONCRETE_CODE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

export function isEntryCode(code: string): boolean {
  return ENTRY_CODE.test(code);
}

/** "5.1.1" → "X.1.1"; null for anything that is not a concrete enhanced code. */
export function entryCodeOf(concrete: string): string | null {
  const m = CONCRETE_CODE.exec(concrete);
  return m ? `X.${m[2]}.${m[3]}` : null;
}

/** "X.1.1" with classes ["4","5"] → ["4.1.1", "5.1.1"]. */
export function concreteCodes(entryCode: string, classes: readonly EnhancedClass[]): string[] {
  if (!ENTRY_CODE.test(entryCode)) throw new Error(`"${entryCode}" is not an enhanced code entry such as X.1.1`);
  return [...classes].sort().map((c) => c + entryCode.slice(1));
}

export function enhancedClassOf(concrete: string): EnhancedClass {
  const m = CONCRETE_CODE.exec(concrete);
  if (!m) throw new Error(`"${concrete}" is not an enhanced status code such as 5.1.1`);
  return m[1] as EnhancedClass;
}

export function subjectOf(code: string): string {
  const parts = code.split('.');
  if (parts.length !== 3) throw new Error(`"${code}" is not an enhanced status code`);
  return parts[1]!;
}

export function enhancedOutcome(concrete: string): Outcome {
  return outcomeOfClass(enhancedClassOf(concrete));
}

export function enhancedBounce(concrete: string): BounceType {
  return bounceOfOutcome(enhancedOutcome(concrete));
}
