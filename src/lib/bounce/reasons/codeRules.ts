/**
 * What the codes alone say about the reason, for when the words do not decide.
 *
 * The enhanced-code table follows the RFC 3463 / RFC 5248 meanings and, for the vendor blocks this
 * site documents (Microsoft 5.7.606-649, 4.7.650 …), the vendors' own descriptions; where sisimai
 * maps a code to a reason we agree with, we use the same reason so results stay comparable.
 */
import type { Reason } from '../types.ts';

/** Detail codes ("subject.detail") whose meaning names a reason on its own. */
const BY_SUBJECT_DETAIL: Record<string, Reason> = {
  '1.1': 'UserUnknown', '1.2': 'HostUnknown', '1.3': 'UserUnknown', '1.4': 'UserUnknown', '1.6': 'HasMoved',
  '1.7': 'Rejected', '1.8': 'Rejected', '1.9': 'SystemError', '1.10': 'NotAccept', '1.90': 'RateLimited',
  '2.1': 'Suspend', '2.2': 'MailboxFull', '2.3': 'EmailTooLarge', '2.4': 'Filtered', '2.121': 'RateLimited', '2.122': 'RateLimited',
  '3.1': 'SystemFull', '3.2': 'NotAccept', '3.3': 'SystemError', '3.4': 'EmailTooLarge', '3.5': 'SystemError',
  '4.1': 'NetworkError', '4.2': 'NetworkError', '4.3': 'SystemError', '4.5': 'SystemFull', '4.6': 'NetworkError',
  '4.7': 'Expired', '4.8': 'NetworkError', '4.300': 'Expired', '4.316': 'Expired',
  '5.1': 'SyntaxError', '5.2': 'SyntaxError', '5.3': 'RateLimited', '5.4': 'SyntaxError', '5.5': 'SystemError', '5.6': 'SyntaxError',
  '6.1': 'ContentError', '6.2': 'ContentError', '6.3': 'ContentError', '6.4': 'ContentError', '6.5': 'ContentError',
  '6.6': 'ContentError', '6.7': 'ContentError', '6.8': 'ContentError', '6.9': 'ContentError', '6.10': 'ContentError',
  '7.2': 'PolicyViolation', '7.3': 'SecurityError', '7.4': 'SecurityError', '7.5': 'SecurityError', '7.6': 'SecurityError',
  '7.7': 'SecurityError', '7.8': 'SecurityError', '7.9': 'SecurityError', '7.10': 'FailedSTARTTLS', '7.11': 'FailedSTARTTLS',
  '7.12': 'SecurityError', '7.13': 'Suspend', '7.14': 'SecurityError', '7.15': 'SecurityError', '7.16': 'EmailTooLarge',
  '7.17': 'HasMoved', '7.18': 'HasMoved', '7.19': 'SecurityError', '7.20': 'AuthFailure', '7.21': 'AuthFailure',
  '7.22': 'AuthFailure', '7.23': 'AuthFailure', '7.24': 'AuthFailure', '7.25': 'RequirePTR', '7.26': 'AuthFailure',
  '7.27': 'Rejected', '7.28': 'SpamDetected', '7.29': 'AuthFailure', '7.30': 'FailedSTARTTLS', '7.32': 'AuthFailure',
  // Microsoft 365 / Exchange Online.
  '7.54': 'NoRelaying', '7.57': 'SecurityError', '7.64': 'NoRelaying', '7.124': 'Rejected', '7.133': 'SecurityError',
  '7.134': 'SecurityError', '7.139': 'SecurityError', '7.500': 'RateLimited', '7.509': 'AuthFailure', '7.511': 'Blocked',
  '7.705': 'BadReputation', '7.708': 'BadReputation', '7.750': 'PolicyViolation',
};

/** One reason for a block of vendor detail codes (Microsoft documents these as ranges). */
const DETAIL_RANGES: ReadonlyArray<{ subject: string; from: number; to: number; reason: Reason }> = [
  { subject: '7', from: 606, to: 649, reason: 'Blocked' },
  { subject: '7', from: 650, to: 699, reason: 'BadReputation' },
];

/** Codes that say only "something about the address / mailbox / system / policy": the words decide. */
export function isGenericEnhanced(code: string): boolean {
  const [, subject, detail] = code.split('.');
  return detail === '0' || (subject === '7' && detail === '1');
}

/** The reason a specific enhanced code names, or null when it is generic or unknown. */
export function reasonOfEnhanced(code: string): Reason | null {
  const [cls, subject, detail] = code.split('.');
  if (!cls || !subject || !detail) return null;
  if (cls === '2') return 'Delivered';
  if (isGenericEnhanced(code)) return null;
  // X.4.4 "unable to route": permanent means the domain has no mail route at all.
  if (subject === '4' && detail === '4') return cls === '5' ? 'HostUnknown' : 'NetworkError';
  const named = BY_SUBJECT_DETAIL[`${subject}.${detail}`];
  if (named) return named;
  const n = Number(detail);
  return DETAIL_RANGES.find((range) => range.subject === subject && n >= range.from && n <= range.to)?.reason ?? null;
}

/** Last resort from the enhanced code's subject (its middle digit) when nothing more specific is known. */
const BY_SUBJECT: Record<string, Reason> = {
  '0': 'OnHold', '1': 'UserUnknown', '2': 'Filtered', '3': 'SystemError', '4': 'NetworkError', '5': 'OnHold', '6': 'ContentError', '7': 'SecurityError',
};

export function reasonOfSubject(code: string): Reason | null {
  const [cls, subject] = code.split('.');
  if (cls === '2') return 'Delivered';
  return (subject && BY_SUBJECT[subject]) || null;
}

/** What a bare reply code says when there are neither words nor an enhanced code. */
const BY_REPLY: Record<string, Reason> = {
  '421': 'SystemError', '450': 'OnHold', '451': 'SystemError', '452': 'SystemFull', '455': 'SyntaxError',
  '500': 'SyntaxError', '501': 'SyntaxError', '502': 'SyntaxError', '503': 'SyntaxError', '504': 'SyntaxError',
  '521': 'NotAccept', '523': 'FailedSTARTTLS', '524': 'FailedSTARTTLS', '530': 'SecurityError', '534': 'SecurityError',
  '535': 'SecurityError', '538': 'FailedSTARTTLS', '551': 'HasMoved', '552': 'MailboxFull', '555': 'SyntaxError', '556': 'NotAccept',
};

export function reasonOfReply(reply: string): Reason | null {
  if (reply.startsWith('2')) return 'Delivered';
  return BY_REPLY[reply] ?? null;
}
