/**
 * Facts every three-digit SMTP reply code carries in its digits (RFC 5321 section 4.2.1).
 * Derived here once so that no content entry restates its own class, bounce type or retry advice.
 */

export type ReplyClassDigit = '2' | '3' | '4' | '5';
export type BounceType = 'none' | 'soft' | 'hard';
export type Outcome = 'success' | 'intermediate' | 'transient' | 'permanent';

export const REPLY_CODE_PATTERN = /^[2-5][0-5][0-9]$/;
export const ENHANCED_CODE_PATTERN = /^[245]\.[0-9]{1,3}\.[0-9]{1,3}$/;

export function isReplyCode(value: string): boolean {
  return REPLY_CODE_PATTERN.test(value);
}

export function isEnhancedCode(value: string): boolean {
  return ENHANCED_CODE_PATTERN.test(value);
}

export function replyClassDigit(code: string): ReplyClassDigit {
  if (!isReplyCode(code)) throw new Error(`"${code}" is not an SMTP reply code (three digits, 2xx to 5xx)`);
  return code[0] as ReplyClassDigit;
}

const OUTCOME_BY_CLASS: Record<ReplyClassDigit, Outcome> = {
  '2': 'success',
  '3': 'intermediate',
  '4': 'transient',
  '5': 'permanent',
};

/** RFC 5321 4.2.1: 2yz positive completion, 3yz positive intermediate, 4yz transient negative, 5yz permanent negative. */
export function outcomeOfClass(digit: ReplyClassDigit | '2' | '4' | '5'): Outcome {
  return OUTCOME_BY_CLASS[digit];
}

export function replyOutcome(code: string): Outcome {
  return outcomeOfClass(replyClassDigit(code));
}

/** Only failures bounce: a 4xx is deferred and retried (soft), a 5xx is returned to the sender (hard). */
export function bounceOfOutcome(outcome: Outcome): BounceType {
  if (outcome === 'transient') return 'soft';
  if (outcome === 'permanent') return 'hard';
  return 'none';
}

export function replyBounce(code: string): BounceType {
  return bounceOfOutcome(replyOutcome(code));
}

/** The second digit of a reply code names its functional group (RFC 5321 4.2.1). */
export type ReplyGroup = 'syntax' | 'information' | 'connections' | 'unspecified' | 'mail-system';

const GROUP_BY_DIGIT: Record<string, ReplyGroup> = {
  '0': 'syntax',
  '1': 'information',
  '2': 'connections',
  '3': 'unspecified',
  '4': 'unspecified',
  '5': 'mail-system',
};

export function replyGroup(code: string): ReplyGroup {
  replyClassDigit(code);
  return GROUP_BY_DIGIT[code[1]!]!;
}

/** Sort key: numeric order for reply codes, then X.Y.Z order for enhanced codes. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map((p) => (p === 'X' ? 0 : Number(p)));
  const pb = b.split('.').map((p) => (p === 'X' ? 0 : Number(p)));
  if (pa.length !== pb.length) return pa.length - pb.length;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  }
  return 0;
}
