/**
 * Scoring the message reader against a corpus with expected values per recipient (the shared
 * bounce-messages set: sisimai's status, reply code and reason). Pure: the caller reads files.
 *
 * One definition for the benchmark and the tests:
 *  - recipients are compared by position (the corpus lists them in the order the report does);
 *  - reply: equal, or both absent;
 *  - enhanced: equal; where the expected value is one of sisimai's pseudo codes (x.0.9xx, which
 *    no message contains), reading no code, or the generic x.0.0 of the same class, is right;
 *  - reason: equal after mapping the corpus's older names to the 5.x vocabulary;
 *  - verdict: the verdict of the expected reason per the table in issue 12 (kept here, apart
 *    from classify.ts, so the oracle does not share the implementation's table).
 */
import { REASONS, type Reason, type Verdict } from './types.ts';

export interface ExpectedRow {
  file: string;
  index: number;
  status: string | null;
  reply: string | null;
  reason: Reason;
}

export interface ScoredRecipient {
  reply: string | null;
  enhanced: string | null;
  reason?: Reason | null;
  verdict?: Verdict | null;
}

const OLD_REASON_NAMES: Record<string, Reason> = {
  mesgtoobig: 'EmailTooLarge',
  exceedlimit: 'EmailTooLarge',
  speeding: 'RateLimited',
  toomanyconn: 'RateLimited',
};

/** A corpus reason name (any case, old or new) in the 5.x vocabulary; Undefined when unknown. */
export function normalizeReason(name: string): Reason {
  const key = name.trim().toLowerCase();
  return OLD_REASON_NAMES[key] ?? REASONS.find((r) => r.toLowerCase() === key) ?? 'Undefined';
}

/** sisimai's own invented statuses (x.0.9xx). */
export function isPseudoStatus(status: string | null): boolean {
  return status !== null && /^[245]\.0\.9\d\d$/.test(status);
}

const VERDICT_OF_REASON: Record<Verdict, readonly Reason[]> = {
  suppress: ['UserUnknown', 'HostUnknown', 'HasMoved', 'NotAccept', 'Suspend'],
  retry: ['MailboxFull', 'SystemFull', 'RateLimited', 'NetworkError', 'SystemError', 'MailerError', 'Expired', 'OnHold'],
  'fix-sending': [
    'AuthFailure', 'BadReputation', 'Blocked', 'SpamDetected', 'VirusDetected', 'ContentError', 'PolicyViolation',
    'Rejected', 'Filtered', 'RequirePTR', 'FailedSTARTTLS', 'SecurityError', 'NoRelaying', 'EmailTooLarge',
    'SyntaxError', 'NotCompliantRFC',
  ],
  none: ['Delivered', 'Vacation', 'Feedback'],
};

/** The verdict issue 12's table gives a reason; null for Undefined (the table names none). */
export function expectedVerdict(reason: Reason): Verdict | null {
  for (const [verdict, reasons] of Object.entries(VERDICT_OF_REASON) as [Verdict, readonly Reason[]][]) {
    if (reasons.includes(reason)) return verdict;
  }
  return null;
}

const cell = (s: string | undefined): string | null => (s === undefined || s.trim() === '' ? null : s.trim());

/** expected.tsv (file, recipient_index, status, reply, reason, source_test). Throws on a bad header. */
export function parseExpectedTsv(text: string): ExpectedRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header = (lines.shift() ?? '').split('\t');
  if (header[0] !== 'file' || header[1] !== 'recipient_index' || header[2] !== 'status' || header[3] !== 'reply' || header[4] !== 'reason') {
    throw new Error(`expected.tsv: unexpected header "${header.join('|')}"`);
  }
  return lines
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const c = l.split('\t');
      if (c.length < 5) throw new Error(`expected.tsv line ${i + 2}: expected at least 5 columns, got ${c.length}`);
      return { file: c[0]!, index: Number(c[1]), status: cell(c[2]), reply: cell(c[3]), reason: normalizeReason(c[4]!) };
    });
}

export function enhancedMatches(expected: string | null, got: string | null): boolean {
  if (isPseudoStatus(expected)) return got === null || got === `${expected![0]}.0.0`;
  return expected === got;
}

export interface RowResult {
  row: ExpectedRow;
  got: ScoredRecipient | null;
  reply: boolean;
  enhanced: boolean;
  reason: boolean;
  verdict: boolean;
}

export interface CorpusScore {
  messages: number;
  recipients: number;
  /** Share of recipients with the field right. */
  reply: number;
  enhanced: number;
  both: number;
  reason: number;
  verdict: number;
  /** Share of messages whose every recipient has both codes right. */
  messagesBoth: number;
  rows: RowResult[];
}

/** Score readings (file → recipients in order) against the expected rows of the given files. */
export function scoreCorpus(expected: readonly ExpectedRow[], readings: ReadonlyMap<string, readonly ScoredRecipient[]>): CorpusScore {
  const rows: RowResult[] = [];
  const files = new Map<string, boolean>();
  for (const row of expected) {
    if (!readings.has(row.file)) continue;
    const got = readings.get(row.file)![row.index - 1] ?? null;
    const wantVerdict = expectedVerdict(row.reason);
    const r: RowResult = {
      row,
      got,
      reply: got !== null && got.reply === row.reply,
      enhanced: got !== null && enhancedMatches(row.status, got.enhanced),
      reason: got !== null && got.reason === row.reason,
      verdict: got !== null && wantVerdict !== null && got.verdict === wantVerdict,
    };
    rows.push(r);
    files.set(row.file, (files.get(row.file) ?? true) && r.reply && r.enhanced);
  }
  const n = rows.length || 1;
  const share = (f: (r: RowResult) => boolean) => rows.filter(f).length / n;
  return {
    messages: files.size,
    recipients: rows.length,
    reply: share((r) => r.reply),
    enhanced: share((r) => r.enhanced),
    both: share((r) => r.reply && r.enhanced),
    reason: share((r) => r.reason),
    verdict: share((r) => r.verdict),
    messagesBoth: files.size ? [...files.values()].filter(Boolean).length / files.size : 0,
    rows,
  };
}
