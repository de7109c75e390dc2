/**
 * One entry point for everything that reads a paste: the in-page search, the bounce reader and
 * the CLI. readBounce finds the recipients (a line, a log excerpt or a whole message), classify
 * gives each a reason and a verdict, and the code index gives the page to open.
 */
import type { ResolverRecord } from '../codeIndex.ts';
import { findEnhancedRecord } from '../codeLookup.ts';
import { classify, VERDICT_OF, type Evidence } from './classify.ts';
import { phraseTarget } from './phrases.ts';
import { bounceFor } from '../resolvePaste.ts';
import { readBounce } from './readBounce.ts';
import type { BounceRecipient, Diagnosis, Reason, RecipientDiagnosis, Verdict } from './types.ts';

/** The page for a recipient: its enhanced code's page when the site has one, else its reply code's. */
export function pageFor(r: Pick<BounceRecipient, 'reply' | 'enhanced'>, codes: ReadonlyMap<string, ResolverRecord>): ResolverRecord | null {
  return (r.enhanced && findEnhancedRecord(r.enhanced, codes)) || (r.reply && codes.get(r.reply)) || null;
}

/**
 * The page of what the words say (classify's wordsCode), in the class of the paste where the site
 * has that form (a 550 "mailbox full" reads 5.2.2, not 4.2.2); null when it is the page already linked.
 */
export function wordsPageFor(
  r: Pick<BounceRecipient, 'reply' | 'enhanced'> & { wordsCode: string | null },
  codes: ReadonlyMap<string, ResolverRecord>,
  url: string | null,
): ResolverRecord | null {
  const code = r.wordsCode;
  if (!code) return null;
  const cls = (r.enhanced ?? r.reply ?? '')[0];
  const enhanced = code.includes('.');
  const inClass = enhanced && (cls === '4' || cls === '5') && code[0] !== cls ? findEnhancedRecord(`${cls}${code.slice(1)}`, codes) : undefined;
  const record = inClass ?? (enhanced ? findEnhancedRecord(code, codes) : codes.get(code));
  return record && record.url !== url ? record : null;
}

/** The reason, verdict and pages for one recipient's evidence (also what a reopened permalink needs). */
export function classifyWithPages(e: Evidence, codes: ReadonlyMap<string, ResolverRecord>): Omit<RecipientDiagnosis, keyof BounceRecipient> {
  const target = pageFor(e, codes);
  const classification = classify(e);
  const url = target?.url ?? null;
  const words = wordsPageFor({ ...e, wordsCode: classification.wordsCode }, codes, url);
  return { ...classification, url, title: target?.title ?? null, wordsUrl: words?.url ?? null, wordsTitle: words ? `${words.code}: ${words.title}` : null };
}

/** One recipient with its reason, verdict and pages. */
export function diagnoseRecipient(r: BounceRecipient, codes: ReadonlyMap<string, ResolverRecord>): RecipientDiagnosis {
  return { ...r, ...classifyWithPages(r, codes) };
}

export async function diagnose(text: string, codes: ReadonlyMap<string, ResolverRecord>): Promise<Diagnosis> {
  const { kind, recipients } = await readBounce(text);
  return { kind, recipients: recipients.map((r) => diagnoseRecipient(r, codes)) };
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
  /** The page of what the server's words say, when it is not `url` (a generic 5.0.0 saying "User unknown" → 5.1.1). */
  wordsUrl: string | null;
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
  /** The page of what the server's words say, when it is not `url`. */
  wordsUrl: string | null;
  recipients?: ExplainedRecipient[];
}

/** RFC 3464 actions that report success ("deliverable" is Postfix's address-verification answer). */
const NOT_FAILED = new Set(['delivered', 'relayed', 'expanded', 'deliverable']);

/** The CLI's JSON for one paste (a line, a log excerpt or a whole message). */
export async function explain(text: string, codes: ReadonlyMap<string, ResolverRecord>): Promise<ExplainResult> {
  const result = explainDiagnosis(await diagnose(text, codes), codes);
  // Text with no code at all: its words may still name a reason, as in the search box.
  if (result.reply === null && result.enhanced === null && result.url === null) {
    const phrase = phraseTarget(text);
    const target = phrase && findEnhancedRecord(phrase.code, codes);
    if (phrase && target) {
      result.url = target.url;
      result.title = target.title;
      result.reason ??= phrase.reason;
      result.verdict ??= VERDICT_OF[phrase.reason];
    }
  }
  return result;
}

/** The CLI's JSON for a diagnosis: the browser shows the same Diagnosis, so both agree by construction. */
export function explainDiagnosis(d: Diagnosis, codes: ReadonlyMap<string, ResolverRecord>): ExplainResult {
  // The first failed (or delayed) recipient; a report of deliveries only falls back to its first row.
  const first = d.recipients.find((r) => !NOT_FAILED.has(r.action ?? '')) ?? d.recipients[0];
  const result: ExplainResult = {
    reply: first?.reply ?? null,
    enhanced: first?.enhanced ?? null,
    url: first?.url ?? null,
    title: first?.title ?? null,
    bounce: bounceFor(first?.reply ?? null, first?.enhanced ?? null, codes),
    reason: first?.reason ?? null,
    verdict: first?.verdict ?? null,
    rule: first?.rule ?? null,
    wordsUrl: first?.wordsUrl ?? null,
  };
  if (d.kind !== 'line') {
    result.recipients = d.recipients.map((r) => ({
      address: r.address, reply: r.reply, enhanced: r.enhanced, reason: r.reason, verdict: r.verdict,
      rule: r.rule, remoteMta: r.remoteMta, diagnostic: r.diagnostic, url: r.url, wordsUrl: r.wordsUrl,
    }));
  }
  return result;
}
