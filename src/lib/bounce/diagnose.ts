/**
 * One entry point for everything that reads a paste: the in-page search, the bounce reader and
 * the CLI. Placeholder until message reading lands: today it reads one line with the existing
 * parser; the signatures are the contract (see types.ts).
 */
import { findEnhancedRecord, type ResolverRecord } from '../codeIndex.ts';
import { parsePastedError } from '../parsePastedError.ts';
import { classify } from './classify.ts';
import type { Diagnosis, Reason, RecipientDiagnosis, Verdict } from './types.ts';

export async function diagnose(text: string, codes: ReadonlyMap<string, ResolverRecord>): Promise<Diagnosis> {
  const { reply, enhanced } = parsePastedError(text);
  const target = (enhanced && findEnhancedRecord(enhanced, codes)) || (reply && codes.get(reply)) || null;
  const evidence = { reply, enhanced, diagnostic: text.trim() || null, remoteMta: null, stage: null, action: null, address: null };
  const recipient: RecipientDiagnosis = { ...evidence, ...classify(evidence), url: target?.url ?? null, title: target?.title ?? null };
  return { kind: 'line', recipients: reply || enhanced ? [recipient] : [] };
}

/** One recipient as the CLI prints it. */
export interface ExplainedRecipient {
  address: string | null;
  reply: string | null;
  enhanced: string | null;
  reason: Reason;
  verdict: Verdict;
  rule: string;
  remoteMta: string | null;
  diagnostic: string | null;
  url: string | null;
}

/** What `npm run -s explain` prints per input: the first failed recipient's fields, and for messages every recipient. */
export interface ExplainResult {
  reply: string | null;
  enhanced: string | null;
  url: string | null;
  title: string | null;
  bounce: 'hard' | 'soft' | null;
  reason: Reason | null;
  verdict: Verdict | null;
  rule: string | null;
  recipients?: ExplainedRecipient[];
}

function bounceOfDigit(digit: string | undefined): 'hard' | 'soft' | null {
  if (digit === '5') return 'hard';
  if (digit === '4') return 'soft';
  return null;
}

/** The CLI's JSON for one paste (a line, a log excerpt or a whole message). */
export async function explain(text: string, codes: ReadonlyMap<string, ResolverRecord>): Promise<ExplainResult> {
  const d = await diagnose(text, codes);
  const first = d.recipients[0];
  const result: ExplainResult = {
    reply: first?.reply ?? null,
    enhanced: first?.enhanced ?? null,
    url: first?.url ?? null,
    title: first?.title ?? null,
    bounce: bounceOfDigit((first?.reply ?? first?.enhanced ?? '')[0]),
    reason: first?.reason ?? null,
    verdict: first?.verdict ?? null,
    rule: first?.rule ?? null,
  };
  if (d.kind !== 'line') {
    result.recipients = d.recipients.map((r) => ({
      address: r.address, reply: r.reply, enhanced: r.enhanced, reason: r.reason, verdict: r.verdict,
      rule: r.rule, remoteMta: r.remoteMta, diagnostic: r.diagnostic, url: r.url,
    }));
  }
  return result;
}
