/**
 * MTA log excerpts (Postfix, Exim, Sendmail): one recipient per line that reports a delivery
 * attempt's outcome: bounced or deferred, and also delivered (action "delivered", as a DSN would
 * list it, so the reader can say how many were fine). Queue bookkeeping and anything else is skipped.
 * Pure and linear: each line is capped before any regex runs.
 */
import { parsePastedError } from '../parsePastedError.ts';
import { oneLine, remoteHostOf, stageOf } from './evidence.ts';
import type { BounceRecipient } from './types.ts';

const MAX_LINE_CHARS = 8 * 1024;
const MAX_LOG_LINES = 5000;

/** Postfix / Sendmail: `to=<bob@example.com>, … status=bounced (…)` or `dsn=5.1.1, stat=…`. */
const STATUS_WORD = /\bstatus=(bounced|deferred|expired|undeliverable|sent|delivered)\b/i;
const SENDMAIL_STAT = /\bdsn=([245]\.\d{1,3}\.\d{1,3}),\s*stat=/i;
/** Exim: `** bob@example.com` (failed) or `== bob@example.com` (deferred) after the message id. */
const EXIM_MARK = /(?:^|\s)(\*\*|==|=>|->) (\S{1,300})/;

const ACTION_OF: Record<string, string> = {
  bounced: 'failed', deferred: 'delayed', expired: 'failed', undeliverable: 'failed', sent: 'delivered', delivered: 'delivered',
  '**': 'failed', '==': 'delayed', '=>': 'delivered', '->': 'delivered',
};

/** A line that reports a failure or a deferral (not a delivery). */
const FAILURE_WORD = /\bstatus=(?:bounced|deferred|expired|undeliverable)\b|\bdsn=[45]\.\d{1,3}\.\d{1,3},\s*stat=|(?:^|\s)(?:\*\*|==) \S{0,300}@/i;

/** True when a line reports one recipient's bounce or deferral in a format this module reads. */
export function isBounceLogLine(line: string): boolean {
  return FAILURE_WORD.test(line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line);
}

/** True when a line reports one recipient's outcome (failed, deferred or delivered). */
export function isDeliveryLogLine(line: string): boolean {
  const l = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
  return STATUS_WORD.test(l) || SENDMAIL_STAT.test(l) || (EXIM_MARK.test(l) && /@/.test(l));
}

/** True when a line looks like any MTA log line (syslog prefix or a Postfix/Exim/Sendmail field). */
export function looksLikeLogLine(line: string): boolean {
  const l = line.length > 400 ? line.slice(0, 400) : line;
  return (
    /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)/.test(l) ||
    /\b(?:postfix|sendmail|sm-mta|exim|qmail|opensmtpd|smtpd)[/[\]:]/i.test(l) ||
    isDeliveryLogLine(line)
  );
}

function field(line: string, name: string): string | null {
  const m = new RegExp(`\\b${name}=([^,\\s]{1,500})`, 'i').exec(line);
  return m ? m[1]! : null;
}

function hostOfRelay(relay: string | null): string | null {
  if (!relay || /^none$/i.test(relay) || /^local$/i.test(relay)) return null;
  const host = relay.replace(/\[.*$/, '').replace(/\.$/, '').toLowerCase();
  return host || null;
}

/** The text in the parentheses that follow `status=word` (balanced, bounded). */
function parenthesised(line: string, from: number): string | null {
  const open = line.indexOf('(', from);
  if (open < 0 || open - from > 4) return null;
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return line.slice(open + 1, i);
  }
  return line.slice(open + 1);
}

function postfixOrSendmail(line: string): BounceRecipient[] {
  const status = STATUS_WORD.exec(line);
  const sendmail = status ? null : SENDMAIL_STAT.exec(line);
  const to = /\bto=([^\s]{1,2000}?)(?:,\s|\s|$)/i.exec(line);
  const addresses = to ? to[1]!.split(',').map((a) => a.replace(/^<|>$/g, '').trim()).filter((a) => a.includes('@')) : [];
  let diagnostic: string | null;
  let action: string;
  if (status) {
    diagnostic = parenthesised(line, status.index + status[0].length);
    action = ACTION_OF[status[1]!.toLowerCase()]!;
  } else {
    diagnostic = line.slice(sendmail!.index + sendmail![0].length).trim();
    const cls = sendmail![1]![0];
    action = cls === '4' ? 'delayed' : cls === '2' ? 'delivered' : 'failed';
  }
  // The remote reply sits after "said:"; without one the text is the local MTA's own account.
  const said = diagnostic ? /\bsaid:\s*([\s\S]*)$/i.exec(diagnostic) : null;
  const words = said ? said[1]!.replace(/\s*\(in reply to [^)]{1,40}\)\s*$/i, '') : diagnostic;
  const codes = parsePastedError(words ?? '');
  const dsn = field(line, 'dsn');
  const enhanced = codes.enhanced ?? (dsn && /^[245]\.\d{1,3}\.\d{1,3}$/.test(dsn) ? dsn : null);
  const base = {
    reply: codes.reply,
    enhanced,
    diagnostic: words ? oneLine(words) : null,
    remoteMta: hostOfRelay(field(line, 'relay')) ?? (diagnostic ? remoteHostOf(diagnostic) : null),
    stage: diagnostic ? stageOf(diagnostic) : null,
    action,
  };
  const list = addresses.length > 0 ? addresses : [null];
  return list.map((address) => ({ address, ...base }));
}

function exim(line: string): BounceRecipient[] {
  const m = EXIM_MARK.exec(line);
  if (!m) return [];
  const address = m[2]!.includes('@') ? m[2]!.replace(/^<|>?:?$/g, '') : null;
  const rest = line.slice(m.index + m[0].length);
  const after = /\bSMTP error from remote mail server after ([^:]{1,60}?)(?::<[^>]{0,300}>)?:\s*([\s\S]*)$/i.exec(rest);
  const words = after ? after[2]! : rest.replace(/^[^:]*?:\s*/, '');
  const { reply, enhanced } = parsePastedError(words);
  const host = /\bH=([A-Za-z0-9.-]{1,253})/.exec(rest);
  return [{
    address,
    reply,
    enhanced,
    diagnostic: oneLine(words) || null,
    remoteMta: host ? host[1]!.toLowerCase().replace(/\.$/, '') : null,
    stage: after ? stageOf(`after ${after[1]}`) : stageOf(rest),
    action: ACTION_OF[m[1]!]!,
  }];
}

/** One recipient per bounced or deferred log line, in order. Never throws. */
export function readLogLines(text: string): BounceRecipient[] {
  const out: BounceRecipient[] = [];
  const lines = text.split(/\r?\n/, MAX_LOG_LINES);
  for (const raw of lines) {
    const line = raw.length > MAX_LINE_CHARS ? raw.slice(0, MAX_LINE_CHARS) : raw;
    if (STATUS_WORD.test(line) || SENDMAIL_STAT.test(line)) out.push(...postfixOrSendmail(line));
    else if (EXIM_MARK.test(line) && line.includes('@')) out.push(...exim(line));
  }
  return out;
}
