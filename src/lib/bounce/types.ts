/**
 * The contract between the parts that read a bounce (issue 12):
 *
 *   readBounce(text)   → BounceRecipient[]   (src/lib/bounce/readBounce.ts: MIME, RFC 3464 DSN, NDR text, log lines)
 *   classify(evidence) → Classification      (src/lib/bounce/classify.ts: reason rules, verdicts, providers)
 *   diagnose(text, codes) → Diagnosis        (src/lib/bounce/diagnose.ts: both, plus the page to read)
 *
 * Pure types: no Node APIs, no Astro imports; everything here also runs in the browser.
 */

/** sisimai's reason vocabulary (5.x names: EmailTooLarge and RateLimited replace the older four). */
export const REASONS = [
  'UserUnknown', 'MailboxFull', 'Blocked', 'BadReputation', 'SpamDetected', 'AuthFailure', 'PolicyViolation',
  'Rejected', 'RateLimited', 'NoRelaying', 'HostUnknown', 'Expired', 'EmailTooLarge', 'SecurityError',
  'FailedSTARTTLS', 'RequirePTR', 'Suspend', 'HasMoved', 'NotAccept', 'SystemError', 'SystemFull', 'NetworkError',
  'ContentError', 'VirusDetected', 'SyntaxError', 'NotCompliantRFC', 'Filtered', 'OnHold', 'MailerError',
  'Vacation', 'Delivered', 'Feedback', 'Undefined',
] as const;
export type Reason = (typeof REASONS)[number];

/** What the sender should do about one recipient. */
export type Verdict = 'suppress' | 'retry' | 'fix-sending' | 'none';

/** One failed (or reported) recipient as the message or log states it, before any judgement. */
export interface BounceRecipient {
  /** Final-Recipient (or the address the NDR/log names); null when the text names none. */
  address: string | null;
  /** Three-digit SMTP reply code, e.g. "550"; null when none was found. */
  reply: string | null;
  /** Enhanced status code, e.g. "5.1.1"; null when none was found. */
  enhanced: string | null;
  /** The remote server's words for this recipient (Diagnostic-Code text, the NDR's quoted reply, the log's said: …). */
  diagnostic: string | null;
  /** Remote-MTA, or the host the log line says answered. */
  remoteMta: string | null;
  /** The SMTP command the reply answered ("RCPT TO", "DATA", "end of data", "MAIL FROM", "connection" …), when the text says. */
  stage: string | null;
  /** RFC 3464 Action (failed, delayed, delivered, relayed, expanded), or the log's status= word; null if unknown. */
  action: string | null;
}

/** A span of the diagnostic text that a rule matched, for highlighting. */
export interface Match {
  start: number;
  end: number;
}

/** A mail provider, filter or blocklist that a bounce names (Gmail, Microsoft 365, Spamhaus …). */
export interface ProviderRef {
  id: string;
  name: string;
  /** Postmaster, sender-guidelines or delisting page: a plain link, never loaded by the site. */
  url: string | null;
}

export interface Classification {
  reason: Reason;
  verdict: Verdict;
  /** The rule that decided, in words a sender understands: "'blocked using zen.spamhaus.org': your sending IP is on a blocklist; do not remove the address". */
  rule: string;
  /** Where in `diagnostic` the deciding words are. */
  matches: Match[];
  provider: ProviderRef | null;
  /**
   * Where the words decided: the code whose page explains what they say ("5.1.1" for "User unknown"
   * under a generic 5.0.0), so the reader is not left on a page about "other undefined status".
   */
  wordsCode: string | null;
}

export interface RecipientDiagnosis extends BounceRecipient, Classification {
  /** The page to read (with base path), and the section that answers "what do I do" (e.g. "/smtp/5.7.1/#how-to-fix"). */
  url: string | null;
  title: string | null;
  /** The page of what the words say (wordsCode), when it is not `url`'s page. */
  wordsUrl: string | null;
  wordsTitle: string | null;
}

export interface Diagnosis {
  /** 'line': one reply or log line (the fast path); 'log': several log lines; 'message': a whole email. */
  kind: 'line' | 'log' | 'message';
  recipients: RecipientDiagnosis[];
}
