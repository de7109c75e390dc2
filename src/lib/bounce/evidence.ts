/**
 * Small readers shared by the log-line and message readers: the SMTP stage a reply answered,
 * the host that answered, and a recipient assembled from a stretch of bounce text.
 * Pure, linear-time (every regex is anchored or bounded), no Node APIs.
 */
import { parsePastedError } from '../parsePastedError.ts';
import type { BounceRecipient } from './types.ts';

/** Longest diagnostic kept per recipient: enough for a multi-line reply, never a whole body. */
export const MAX_DIAGNOSTIC_CHARS = 1000;

const STAGE_PATTERNS: readonly [RegExp, string][] = [
  [/\bin reply to (?:the )?end of data\b|\bafter end of data\b|\bend of data\b|\bafter (?:sending )?(?:the )?message\b|\[DATA_END\]/i, 'end of data'],
  [/\bin reply to (?:the )?RCPT TO\b|\bafter RCPT TO\b|\bRCPT TO:?\s*<|>>> RCPT TO\b|\bin RCPT TO\b|\[RCPT_TO\]|\brecipient address rejected\b/i, 'RCPT TO'],
  [/\bin reply to (?:the )?MAIL FROM\b|\bafter MAIL FROM\b|>>> MAIL FROM\b|\[MAIL_FROM\]|\bsender address rejected\b/i, 'MAIL FROM'],
  [/\bin reply to (?:the )?DATA\b|\bafter DATA\b|>>> DATA\b/i, 'DATA'],
  [/\bin reply to (?:the )?(?:EHLO|HELO)\b|\bafter (?:EHLO|HELO)\b/i, 'EHLO'],
  [/\bin reply to (?:the )?STARTTLS\b|\bafter STARTTLS\b/i, 'STARTTLS'],
  [/\bafter initial connection\b|\bin (?:the )?(?:server )?greeting\b|\bwhile connected\b|\bconnect to [^\n]{0,80}?(?:refused|timed out)|\bconnection (?:refused|timed out)\b|\bnot accepting connections\b/i, 'connection'],
];

/**
 * Sendmail pipelines RCPT TO and DATA: its transcript shows ">>> DATA" and then the replies to
 * the earlier RCPT TO commands ("<<< 550 5.1.1 <bob@example.com>... User unknown", then
 * "<<< 503 5.0.0 Need RCPT" or "554 no valid recipients" for DATA itself).
 */
const PIPELINED_RCPT = [
  />>> DATA[^\n]{0,200}\n[ \t]*<<<[ \t]*[245]\d\d[^\n]{0,300}<[^<>\n]{1,300}@[^<>\n]{1,300}>\.\.\./i,
  // … or followed (after at most two lines) by DATA's own refusal or Sendmail's per-recipient line.
  />>> DATA[^\n]{0,200}\n[ \t]*<<<[ \t]*[45]\d\d[^\n]{0,500}\n(?:[^\n>]{0,500}\n){0,2}?[ \t]*(?:<<<[ \t]*(?:503|554)\b|[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3} )?<[^<>\n]{1,300}@[^<>\n]{1,300}>\.\.\.)/i,
];

/** The SMTP command the reply answered, when the text says (null otherwise). */
export function stageOf(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (PIPELINED_RCPT.some((re) => re.test(sample))) return 'RCPT TO';
  for (const [re, stage] of STAGE_PATTERNS) if (re.test(sample)) return stage;
  return null;
}

const HOST_SAID = /\bhost\s+([A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,63})\.?\s*\[[^\]\n]{1,60}\]/i;
const REMOTE_HOST = /\b(?:remote (?:host|server|mta)|H=|relay=)\s*:?\s*([A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,63})\b/i;

/** The host that answered, when the text names it ("host mx.example.com[192.0.2.1] said: …"). */
export function remoteHostOf(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const m = HOST_SAID.exec(sample) ?? REMOTE_HOST.exec(sample);
  return m ? m[1]!.toLowerCase() : null;
}

/** Collapse whitespace and cap the length, so a diagnostic is one readable line. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DIAGNOSTIC_CHARS ? `${flat.slice(0, MAX_DIAGNOSTIC_CHARS - 1)}…` : flat;
}

const ADDRESS_IN = /<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,63})>?/;

/** The first address in a field value such as "rfc822; <bob@example.com>". */
export function addressIn(value: string): string | null {
  const m = ADDRESS_IN.exec(value.length > 600 ? value.slice(0, 600) : value);
  return m ? m[1]! : null;
}

/**
 * The lines of `text` that carry the chosen reply (or enhanced) code, plus the continuation
 * lines of a multi-line reply: the remote server's words without the template around them.
 */
export function diagnosticLines(text: string, reply: string | null, enhanced: string | null): string | null {
  const lines = text.split('\n');
  const key = reply ?? enhanced;
  if (!key) return null;
  const at = lines.findIndex((l) => new RegExp(`(?<![\\d.])${key.replace(/\./g, '\\.')}(?![\\d.])`).test(l));
  if (at < 0) return null;
  const out = [lines[at]!];
  // Follow indented or code-prefixed continuation lines ("550-5.1.1 …", "    … text").
  for (let i = at + 1; i < lines.length && out.length < 12; i++) {
    const l = lines[i]!;
    if (/^\s*$/.test(l)) break;
    if ((reply && l.trimStart().startsWith(reply)) || /^[ \t]+\S/.test(l)) out.push(l);
    else break;
  }
  return oneLine(out.join(' '));
}

/** Codes, stage and host from one stretch of text about one recipient. */
export function recipientFromText(address: string | null, text: string, action: string | null = 'failed'): BounceRecipient {
  const { reply, enhanced } = parsePastedError(text);
  return {
    address,
    reply,
    enhanced,
    diagnostic: diagnosticLines(text, reply, enhanced) ?? (oneLine(text) || null),
    remoteMta: remoteHostOf(text),
    stage: stageOf(text),
    action,
  };
}
