/**
 * Reason rules: one recipient's evidence (codes, the server's words, stage, remote MTA) → a reason in
 * sisimai's vocabulary, a verdict for the sender and the rule in words.
 *
 * The words of a bounce outweigh a generic code: `550 5.7.1 … blocked using zen.spamhaus.org` is a
 * blocklist problem whatever 5.7.1 says. Order of evidence:
 *   1. words that name a reason (reasons/textRules.ts) — unless they are vague ("access denied") and a
 *      specific enhanced code names another reason;
 *   2. a specific enhanced code (reasons/codeRules.ts);
 *   3. the enhanced code's subject digit, then the bare reply code.
 * Then the facts around the reply adjust it: a temporary failure on a recipient the DSN marks failed
 * means the retries ran out (Expired); "user unknown" after DATA is a filter (sisimai's reading); a
 * refusal at MAIL FROM or at connection concerns the sender.
 */
import { reasonExplanation, ruleBasis, ruleNote, ruleSentence } from '../../ui/bounceText.ts';
import { findProvider, hostOf, type ProviderHit } from './providers.ts';
import { isGenericEnhanced, reasonOfEnhanced, reasonOfReply, reasonOfSubject } from './reasons/codeRules.ts';
import { firstTextRule, type TextRule } from './reasons/textRules.ts';
import { PAGE_OF } from './phrases.ts';
import type { Classification, Match, Reason, Verdict } from './types.ts';

export interface Evidence {
  reply: string | null;
  enhanced: string | null;
  diagnostic: string | null;
  remoteMta?: string | null;
  stage?: string | null;
  action?: string | null;
  /** The recipient address, when known: lets a rule see that the refusing server is the recipient domain's own. */
  address?: string | null;
}

/** What the sender should do, per reason (issue 12). The evidence can override it (see classify). */
export const VERDICT_OF: Record<Reason, Verdict> = {
  UserUnknown: 'suppress', HostUnknown: 'suppress', HasMoved: 'suppress', NotAccept: 'suppress', Suspend: 'suppress',
  MailboxFull: 'retry', SystemFull: 'retry', RateLimited: 'retry', NetworkError: 'retry', SystemError: 'retry',
  MailerError: 'retry', Expired: 'retry', OnHold: 'retry',
  AuthFailure: 'fix-sending', BadReputation: 'fix-sending', Blocked: 'fix-sending', SpamDetected: 'fix-sending',
  VirusDetected: 'fix-sending', ContentError: 'fix-sending', PolicyViolation: 'fix-sending', Rejected: 'fix-sending',
  Filtered: 'fix-sending', RequirePTR: 'fix-sending', FailedSTARTTLS: 'fix-sending', SecurityError: 'fix-sending',
  NoRelaying: 'fix-sending', EmailTooLarge: 'fix-sending', SyntaxError: 'fix-sending', NotCompliantRFC: 'fix-sending',
  Delivered: 'none', Vacation: 'none', Feedback: 'none', Undefined: 'none',
};

/**
 * The diagnostic as the rules read it: multi-line continuation prefixes ("550-5.7.1 ") removed and
 * white space collapsed, so that a phrase split across reply lines still matches; `at[i]` is the
 * offset in the original text of normalised character i, for highlighting.
 */
export function normalise(text: string): { text: string; at: number[] } {
  const drop = new Uint8Array(text.length);
  const prefix = /(?<![^\s])[245]\d\d(?:[ -]|$)(?:#?[245]\.\d{1,3}\.\d{1,3}(?=\s|$))?/g;
  for (let m = prefix.exec(text); m; m = prefix.exec(text)) drop.fill(1, m.index, m.index + m[0].length);
  let out = '';
  let last = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (drop[i]) continue;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      // Track the last character instead of out.endsWith(): endsWith flattens the growing string
      // on every call, which made long pastes quadratic.
      if (out === '' || last === ' ') continue;
      out += ' ';
      last = ' ';
    } else {
      out += ch;
      last = ch;
    }
    at.push(i);
  }
  return { text: out, at };
}

function originalSpan(at: number[], start: number, end: number): Match {
  return { start: at[start] ?? 0, end: (at[end - 1] ?? at[start] ?? 0) + 1 };
}

type Basis = 'words' | 'wordsOverCode' | 'expiredWith' | 'code' | 'genericCode' | 'reply' | 'googleGroup' | 'nothing';

/** Google Groups returns posts it refuses with a notice in the poster's language and no code at all. */
const GOOGLE_GROUP = /@googlegroups\.com>?$/i;

interface Decision {
  reason: Reason;
  basis: Basis;
  rule: TextRule | null;
  span: Match | null;
  /** Vague words that matched but did not outweigh the code: quoted, so the rule never says "no words". */
  vague?: Match;
}

function decide(e: Evidence, words: ReturnType<typeof firstTextRule>, at: number[]): Decision {
  const span = words ? originalSpan(at, words.start, words.end) : null;
  // RFC 3463 allows the address and mailbox codes (X.1.1 …) only as permanent failures: a 4.1.1 or
  // 4.2.1 says the address is temporarily unusable, which is no reason to drop it, so the words decide.
  const claimed = e.enhanced ? reasonOfEnhanced(e.enhanced) : null;
  // A delay notice is not an expiry, whatever code it carries (Sun Messaging Server sends 4.4.7 while still trying).
  const delayed = e.action?.toLowerCase() === 'delayed' && claimed === 'Expired';
  const codeReason = delayed || (claimed && isTemporary(e) && VERDICT_OF[claimed] === 'suppress') ? null : claimed;
  if (words) {
    const { rule } = words;
    const named = rule.asPolicy && e.enhanced?.split('.')[1] === '7' ? rule.asPolicy : rule.reason;
    // X.4.7 "delivery time expired" reports that the retries ran out. If the last error only says the
    // receiver was unreachable or busy, expiry is the news; if it names a cause (no PTR, blocklist …),
    // that cause is what the sender must act on.
    if (codeReason === 'Expired' && named !== 'Expired') {
      return GAVE_UP_ON.has(named) ? { reason: 'Expired', basis: 'expiredWith', rule, span } : { reason: named, basis: 'wordsOverCode', rule, span };
    }
    // Vague words do not beat a generic code that still names an area other than "other" or "policy"
    // (5.6.0 "Recipient address rejected: Media error" is about content, whatever "rejected" suggests).
    // 421 concerns the whole service, so its enhanced subject names no area the words could contradict.
    const areaCode = !!e.enhanced && e.reply !== '421' && isGenericEnhanced(e.enhanced) && !['0', '7'].includes(e.enhanced.split('.')[1] ?? '0');
    if (!(rule.weak && areaCode)) {
      if (!codeReason || codeReason === named) return { reason: named, basis: 'words', rule, span };
      if (!rule.weak) return { reason: named, basis: 'wordsOverCode', rule, span };
    }
  }
  if (codeReason) return { reason: codeReason, basis: 'code', rule: null, span: null };
  if (e.enhanced) {
    const bySubject = isGenericEnhanced(e.enhanced) || !reasonOfEnhanced(e.enhanced) ? reasonOfSubject(e.enhanced) : null;
    const byReply = e.reply ? reasonOfReply(e.reply) : null;
    // A generic enhanced code says less than a reply code that names something (530, 552 …).
    const usable = bySubject && !(isTemporary(e) && VERDICT_OF[bySubject] === 'suppress') ? bySubject : null;
    return { reason: (usable === 'OnHold' && byReply) || usable || byReply || 'OnHold', basis: 'genericCode', rule: null, span: null, ...(span ? { vague: span } : {}) };
  }
  if (e.reply) return { reason: reasonOfReply(e.reply) ?? 'OnHold', basis: 'reply', rule: null, span: null };
  if (GOOGLE_GROUP.test(e.address?.trim() ?? '')) return { reason: 'Rejected', basis: 'googleGroup', rule: null, span: null };
  return { reason: e.diagnostic?.trim() ? 'OnHold' : 'Undefined', basis: 'nothing', rule: null, span: null };
}

/** Reasons that, once the retries have run out, are reported as Expired: the receiver was unreachable or silent. */
const GAVE_UP_ON: ReadonlySet<Reason> = new Set(['NetworkError', 'OnHold', 'Undefined']);

const isTemporary = (e: Evidence) => (e.enhanced ?? e.reply ?? '').startsWith('4');
const stageIs = (e: Evidence, re: RegExp) => !!e.stage && re.test(e.stage);

/** The registrable-looking tail of a host or domain: "mx1.mail.example.co.uk" → "example.co.uk". */
function siteOf(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  const take = labels.length > 2 && labels[labels.length - 2]!.length <= 3 && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** True when the refusing server is the recipient domain's own (its MX, or its Microsoft 365 tenant MX). */
function isRecipientsOwnServer(e: Evidence): string | null {
  const domain = e.address?.split('@')[1]?.toLowerCase().replace(/[>\s]+$/, '');
  const host = hostOf(e.remoteMta);
  if (!domain || !host) return null;
  if (siteOf(host) === siteOf(domain)) return domain;
  if (host.endsWith('.mail.protection.outlook.com') && host.split('.')[0] === domain.replace(/\./g, '-')) return domain;
  return null;
}

function quoteOf(diagnostic: string, span: Match, provider: ProviderHit | null): string {
  let { start, end } = span;
  // "blocked using zen.spamhaus.org": carry the quote on to the list it names when that follows closely.
  const pm = provider?.kind !== 'mailbox' ? provider?.match : null;
  if (pm && pm.start >= end && pm.start - end <= 40) end = pm.end;
  // Finish the word or host name the match stopped in ("dnsbl.sorbs" → "dnsbl.sorbs.net").
  while (end < diagnostic.length && /[\w.-]/.test(diagnostic[end]!)) end++;
  const q = diagnostic.slice(start, end).replace(/\s+/g, ' ').trim().replace(/[.,;:-]+$/, '');
  return q.length > 100 ? `${q.slice(0, 99)}…` : q;
}

function blocklistNote(provider: ProviderHit): string {
  switch (provider.provider.id) {
    case 'spamhaus-pbl': return ruleNote.spamhausPbl;
    case 'spamhaus-xbl': return ruleNote.spamhausXbl;
    case 'spamhaus-dbl': return ruleNote.spamhausDbl;
    case 'sorbs': return ruleNote.sorbs;
    default: return provider.kind === 'blocklist' ? ruleNote.listedOn(provider.provider.name) : ruleNote.blockedBy(provider.provider.name);
  }
}

interface Outcome {
  reason: Reason;
  /** Set where the evidence overrides the verdict table. */
  verdict: Verdict | null;
  /** A sentence that replaces the reason's usual explanation. */
  note: string | null;
}

/** The facts around the reply (action, stage, temporary or not) adjust the reason the rules found. */
/** Words that say a domain does not exist, whatever the class digit (Gmail reports them with 4.0.0). */
const DOMAIN_MISSING = /\bnxdomain\b|\b(?:couldn't|could not|can't|cannot) be found\b|\bdoes(?: not|n't) exist\b|\bno such domain\b|\bhad no relevant answers\b/i;

function inContext(d: Decision, e: Evidence, matched: boolean, text: string): Outcome {
  const action = e.action?.toLowerCase() ?? '';
  const out: Outcome = { reason: d.reason, verdict: null, note: null };
  // A 2xx reply inside a bounce is usually a transcript line; only a 2.x.x status or Action: delivered means delivered.
  if (action === 'delivered' || (!matched && e.enhanced?.startsWith('2.'))) return { ...out, reason: 'Delivered' };
  // A temporary failure (or a network failure with no code at all) on a recipient the report marks
  // failed: the sending server retried until its queue time ran out.
  if (action === 'failed' && GAVE_UP_ON.has(d.reason) && (isTemporary(e) || (d.reason === 'NetworkError' && !e.enhanced && !e.reply))) {
    return { ...out, reason: 'Expired', note: ruleNote.gaveUpOnTemporary };
  }
  // A delay notice is no expiry, whatever its words ("Envelope expired" in OpenSMTPD's warning): the message is still queued.
  if (action === 'delayed' && d.reason === 'Expired') return { ...out, reason: 'OnHold', note: ruleNote.stillQueued };
  // "Host or domain name not found … try again" with a 4.x.x: a DNS lookup that failed this time.
  if (d.reason === 'HostUnknown' && isTemporary(e) && !DOMAIN_MISSING.test(text)) return { ...out, reason: 'NetworkError' };
  // At MAIL FROM no recipient has been named: words about an unknown address or domain concern the sender's.
  if (stageIs(e, /mail from/i) && VERDICT_OF[d.reason] === 'suppress') return { ...out, reason: 'Rejected', note: ruleNote.senderAtMailFrom };
  // The reply to DATA itself, or after the message: the address was accepted at RCPT TO.
  if (d.reason === 'UserUnknown' && stageIs(e, /^data$|end of data|after data/i)) return { ...out, reason: 'Filtered', note: ruleNote.filteredAfterData };
  // Where nothing specific was said, the stage tells who was refused.
  const vague = d.basis === 'code' || d.basis === 'genericCode' || d.basis === 'reply' || d.basis === 'nothing' || (d.basis === 'words' && !!d.rule?.weak);
  if (vague && d.reason !== 'Rejected' && d.reason !== 'Blocked') {
    if (stageIs(e, /mail from/i) && (d.reason === 'OnHold' || VERDICT_OF[d.reason] !== 'retry' || !isTemporary(e))) return { ...out, reason: 'Rejected', note: ruleNote.refusedAtMailFrom };
    if (stageIs(e, /connect|greeting|banner|helo|ehlo/i) && !isTemporary(e)) return { ...out, reason: 'Blocked', note: ruleNote.refusedAtConnection };
  }
  return out;
}

/** Where the words override the verdict table, or name the list to act on. */
function withOverrides(o: Outcome, d: Decision, e: Evidence, text: string, provider: ProviderHit | null): Outcome {
  if (o.reason === 'MailboxFull' && /\b(?:inactive|abandoned|not been (?:used|accessed|logged into))\b/i.test(text)) {
    return { ...o, verdict: 'suppress', note: ruleNote.inactiveMailbox };
  }
  if (o.reason === 'NoRelaying') {
    const domain = isRecipientsOwnServer(e);
    return domain ? { ...o, verdict: 'suppress', note: ruleNote.ownDomainRelay(domain) } : o;
  }
  if (d.rule?.id === 'greylisting') return { ...o, note: ruleNote.greylisting };
  if (d.basis === 'googleGroup') return { ...o, note: ruleNote.googleGroup };
  if (o.reason === 'NetworkError' && (d.rule?.id === 'mailLoop' || /^[45]\.4\.6$/.test(e.enhanced ?? ''))) return { ...o, verdict: 'fix-sending', note: ruleNote.mailLoop };
  if (d.rule?.id === 'smtpAuth' && o.reason === 'SecurityError') return { ...o, note: ruleNote.smtpAuth };
  if (d.rule?.id === 'possibleCauses') return { ...o, note: ruleNote.possibleCauses };
  if (d.rule?.id === 'recipientRejected' && o.reason === 'UserUnknown') return { ...o, note: ruleNote.recipientRejected };
  if (d.rule?.id === 'mailFlood') return { ...o, note: ruleNote.mailFlood };
  if (o.reason === 'Blocked' && provider && d.rule?.id !== 'openRelay' && !o.note) return { ...o, note: blocklistNote(provider) };
  return o;
}

/** The head of the rule: the quoted words, or the code that decided. */
function basisText(d: Decision, e: Evidence, diagnostic: string, provider: ProviderHit | null): string {
  const code = e.enhanced ?? e.reply ?? '';
  if (d.span) {
    const quote = quoteOf(diagnostic, d.span, provider);
    if (d.basis === 'expiredWith') return ruleBasis.expiredWith(code, quote);
    if (d.basis === 'wordsOverCode') return ruleBasis.wordsOverCode(quote, code);
    return ruleBasis.words(quote);
  }
  if (d.basis === 'code') return ruleBasis.code(code);
  if (d.basis === 'genericCode') return d.vague ? ruleBasis.vagueWords(quoteOf(diagnostic, d.vague, null), code) : ruleBasis.genericCode(code);
  if (d.basis === 'reply') return ruleBasis.reply(e.reply ?? '');
  if (d.basis === 'googleGroup') return ruleBasis.googleGroup(e.address?.replace(/[<>]/g, '').trim() ?? '');
  return ruleBasis.nothing;
}

/**
 * A server's words for one recipient fit in a few hundred bytes; only this much of a longer
 * diagnostic is read, so a hostile paste costs bounded time. A prefix keeps match offsets valid.
 */
export const MAX_DIAGNOSTIC_CHARS = 16 * 1024;

export function classify(evidence: Evidence): Classification {
  const diagnostic = (evidence.diagnostic ?? '').slice(0, MAX_DIAGNOSTIC_CHARS);
  const { text, at } = normalise(diagnostic);
  const words = text ? firstTextRule(text) : null;
  const d = decide(evidence, words, at);
  const provider = findProvider(diagnostic, evidence.remoteMta);
  const { reason, verdict, note } = withOverrides(inContext(d, evidence, !!words, text), d, evidence, text, provider);

  const action = evidence.action?.toLowerCase() ?? '';
  const retriesEnded =
    reason !== 'Expired' && reason !== 'Delivered' && isTemporary(evidence) &&
    (action === 'failed' || (!!evidence.enhanced && reasonOfEnhanced(evidence.enhanced) === 'Expired'));
  // "Retry" after a 5xx means the sender resends: no server queues a permanent failure again.
  const finalVerdict = verdict ?? VERDICT_OF[reason];
  const resend = finalVerdict === 'retry' && (evidence.enhanced ?? evidence.reply ?? '').startsWith('5') && !retriesEnded;
  const extra =
    action === 'delayed' && reason !== 'Delivered' ? ruleNote.delayed : retriesEnded ? ruleNote.retriesEnded : resend ? ruleNote.resendYourself : undefined;
  const rule = ruleSentence(basisText(d, evidence, diagnostic, provider), note ?? reasonExplanation[reason], extra);

  const matches: Match[] = d.span ? [d.span] : [];
  const pm = provider?.match;
  if (pm && (reason === 'Blocked' || reason === 'BadReputation') && !matches.some((m) => m.start <= pm.start && m.end >= pm.end)) matches.push(pm);
  matches.sort((a, b) => a.start - b.start);

  // Only where the words decided, and for the reason they name: a stage or an action that changed
  // the reason (Filtered after DATA, Expired) is no longer what the words' page explains.
  const byWords = (d.basis === 'words' || d.basis === 'wordsOverCode') && d.rule !== null && reason === d.reason;
  const wordsCode = byWords ? (d.rule!.page ?? PAGE_OF[reason] ?? null) : null;
  return { reason, verdict: finalVerdict, rule, matches, provider: provider?.provider ?? null, wordsCode };
}
