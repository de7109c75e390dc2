/**
 * Typed phrases without a code ("user unknown", "relay access denied", "mailbox full") resolve
 * through the same reason rules as a pasted bounce, before any full-text search.
 *
 * Bundled into the search box: it imports only the text rules (data) and nothing from the UI.
 */
import { firstTextRule } from './reasons/textRules.ts';
import type { Reason } from './types.ts';

export interface PhraseTarget {
  reason: Reason;
  /** The code whose page answers it (a concrete code such as "5.1.1" or "550"). */
  code: string;
}

/**
 * The page that answers each reason when the matching rule names none. Every code here has a page
 * (tests/unit/phrases.test.ts checks content/). Reasons that are not a delivery problem have none.
 */
export const PAGE_OF: Partial<Record<Reason, string>> = {
  UserUnknown: '5.1.1', HostUnknown: '5.1.2', HasMoved: '5.1.6', NotAccept: '556', Suspend: '5.2.1',
  // RFC 3463 calls a full mailbox a persistent transient failure: the 4.2.2 form is the intended one.
  MailboxFull: '4.2.2', SystemFull: '4.3.1', RateLimited: '421', NetworkError: '4.4.1', SystemError: '451',
  MailerError: '5.3.0', Expired: '4.4.7', AuthFailure: '5.7.26', BadReputation: '421', Blocked: '5.7.1',
  SpamDetected: '5.7.1', VirusDetected: '554', ContentError: '5.6.0', PolicyViolation: '5.7.1', Rejected: '5.1.8',
  Filtered: '5.7.1', RequirePTR: '5.7.25', FailedSTARTTLS: '530', SecurityError: '530', NoRelaying: '5.7.1',
  EmailTooLarge: '5.3.4', SyntaxError: '5.5.2', NotCompliantRFC: '5.6.0',
};

/**
 * One-word queries that name a reason but are too short to be bounce wording the rules can rely on
 * ("spf" alone in a bounce proves nothing; typed into the search box it asks about SPF failures).
 */
const KEYWORDS: Record<string, { reason: Reason; code: string }> = {
  spf: { reason: 'AuthFailure', code: '5.7.23' },
  dkim: { reason: 'AuthFailure', code: '5.7.20' },
  ptr: { reason: 'RequirePTR', code: '5.7.25' },
  rdns: { reason: 'RequirePTR', code: '5.7.25' },
  quota: { reason: 'MailboxFull', code: '4.2.2' },
  starttls: { reason: 'FailedSTARTTLS', code: '530' },
};

/** Longer than this is a paste, not a typed phrase: the bounce reader handles it. */
const MAX_PHRASE = 120;

export function phraseTarget(text: string): PhraseTarget | null {
  const phrase = text.trim().replace(/\s+/g, ' ');
  if (!phrase || phrase.length > MAX_PHRASE) return null;
  // A header field such as X-Spam-Report describes a filter's scoring, not a refusal.
  if (/^x-[\w-]+:/i.test(phrase)) return null;
  // A phrase with a code in it is the code resolver's job.
  if (/(?:^|[^\d.])(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/.test(phrase)) return null;
  const keyword = KEYWORDS[phrase.toLowerCase()];
  if (keyword) return { ...keyword };
  const hit = firstTextRule(phrase);
  if (!hit) return null;
  const code = hit.rule.page ?? PAGE_OF[hit.rule.reason];
  return code ? { reason: hit.rule.reason, code } : null;
}
