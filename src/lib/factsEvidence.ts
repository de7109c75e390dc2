/**
 * Evidence read from the site's own log lines: which codes a line carries (through the same
 * parser as the search box), which class of enhanced page it belongs on, and which command it
 * answered. Pure: the catalog feeds it every entry's `logLines`.
 */
import type { Stage } from './commandReplies.ts';
import { parsePastedError } from './parsePastedError.ts';

export interface LineCodes {
  reply: string | null;
  enhanced: string | null;
}

export function codesInLine(line: string): LineCodes {
  return parsePastedError(line);
}

/**
 * The class a log line shows ('2', '4', '5'), or null when it names none (then it fits every
 * class). The enhanced code decides when there is one (Microsoft's "550 4.4.7 QUEUE.Expired" is
 * a 4.4.7 line); then the reply code; then Postfix's status word (deferred = 4, bounced = 5).
 */
export function lineClass(line: string): string | null {
  const { reply, enhanced } = codesInLine(line);
  if (enhanced) return enhanced[0]!;
  if (reply) return reply[0]!;
  if (/\bstatus=deferred\b/.test(line)) return '4';
  if (/\bstatus=(bounced|expired)\b/.test(line)) return '5';
  return null;
}

/** The log lines that belong on a page of one class: its own class, or no class at all. */
export function linesOfClass<L extends { line: string }>(lines: readonly L[], classDigit: string): L[] {
  return lines.filter((l) => {
    const c = lineClass(l.line);
    return c === null || c === classDigit;
  });
}

const STAGE_PATTERNS: [RegExp, Stage][] = [
  [/in reply to end of DATA command|after end of data|after END-OF-MESSAGE/i, 'end of data'],
  [/in reply to DATA command|after DATA\b(?! command)/i, 'DATA'],
  [/in reply to RCPT TO command|after RCPT TO\b/i, 'RCPT TO'],
  [/in reply to MAIL FROM command|after MAIL FROM\b/i, 'MAIL FROM'],
  [/in reply to (?:EHLO|HELO) command|after (?:EHLO|HELO)\b/i, 'EHLO/HELO'],
  // Postfix's client logs a failed login as "SASL authentication failed; server … said: 535 …".
  [/in reply to AUTH command|after AUTH\b|\bSASL authentication failed\b|\bAUTH (?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|XOAUTH2|OAUTHBEARER|GSSAPI|NTLM|EXTERNAL)\b/i, 'AUTH'],
  [/in reply to STARTTLS command|after STARTTLS\b/i, 'STARTTLS'],
  [/in reply to VRFY command/i, 'VRFY'],
  [/in reply to EXPN command/i, 'EXPN'],
  [/after initial connection|in reply to (?:the )?(?:initial )?greeting|CONNECT from .* rejected/i, 'connection'],
];

/**
 * The command words the log formats below use, upper-cased, and the stage each names: Postfix's
 * reject log ("reject: RCPT from"), its client ("while sending end of data"), "C:"/"S:" and bare
 * transcripts, and source labels ("reply to the final period").
 */
const COMMAND_STAGE: Record<string, Stage> = {
  'MAIL FROM': 'MAIL FROM', MAIL: 'MAIL FROM', 'RCPT TO': 'RCPT TO', RCPT: 'RCPT TO', DATA: 'DATA', 'DATA COMMAND': 'DATA',
  'END OF DATA': 'end of data', 'END-OF-MESSAGE': 'end of data', 'MESSAGE BODY': 'end of data', 'FINAL PERIOD': 'end of data',
  CONNECT: 'connection', 'INITIAL SERVER GREETING': 'connection',
  EHLO: 'EHLO/HELO', HELO: 'EHLO/HELO', 'EHLO HANDSHAKE': 'EHLO/HELO', 'HELO HANDSHAKE': 'EHLO/HELO',
  AUTH: 'AUTH', STARTTLS: 'STARTTLS', VRFY: 'VRFY', EXPN: 'EXPN', HELP: 'HELP', ETRN: 'ETRN', ATRN: 'ATRN', QUIT: 'QUIT',
};

/** The stage a pattern's first group names, if it matches. */
function stageNamed(re: RegExp, text: string): Stage | undefined {
  const word = re.exec(text)?.[1];
  return word ? COMMAND_STAGE[word.toUpperCase()] : undefined;
}

/** Formats that name the command in a group of their own (see COMMAND_STAGE). */
const COMMAND_PATTERNS: readonly RegExp[] = [
  // A transcript ("C: MAIL FROM:<…> | S: 552 5.7.16 …"): the last command the client sent is the one answered.
  /\bC:\s*(MAIL FROM|RCPT TO|DATA|AUTH|STARTTLS|EHLO|HELO|VRFY|EXPN|HELP|ETRN|ATRN)\b(?![^]*\bC:)/i,
  // Postfix's client: "lost connection with … while sending end of data", "… while receiving the initial server greeting".
  /\bwhile (?:sending|receiving|performing)(?: the)? (end of data|message body|RCPT TO|MAIL FROM|DATA command|initial server greeting|EHLO handshake|HELO handshake)\b/i,
  // A bare transcript line: "RCPT TO:<ann@example.net> 550 5.7.54 …".
  /^\s*(MAIL FROM|RCPT TO):?\s*<[^>\n]{0,300}>\s*[245]\d\d\b/i,
  // Postfix's own reject log: "NOQUEUE: reject: RCPT from host[ip]: 550 5.1.1 …" names the stage it refused at.
  /\breject: (RCPT|MAIL|DATA|END-OF-MESSAGE|CONNECT|EHLO|HELO|VRFY|ETRN) from\b/i,
];

/** The commands a log line says it answered: Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:", a "C: … S: …" transcript. */
export function stagesInLine(line: string): Stage[] {
  const found = STAGE_PATTERNS.filter(([re]) => re.test(line)).map(([, stage]) => stage);
  for (const re of COMMAND_PATTERNS) {
    const stage = stageNamed(re, line);
    if (stage && !found.includes(stage)) found.push(stage);
  }
  return found;
}

/** Stages named by any of a code's log lines whose class matches the code (a 5.x.x line says nothing about 4.x.x). */
export function observedStages(lines: readonly { line: string; source?: string }[], classDigit?: string): Stage[] {
  const relevant = (classDigit ? linesOfClass(lines, classDigit) : lines).filter((l) => !isConstructedLine(l.source));
  return [...new Set(relevant.flatMap((l) => [...stagesInLine(l.line), ...(l.source ? stagesInSource(l.source) : [])]))];
}

const SOURCE_REPLY_TO = /\breply to (?:the )?(EHLO|HELO|MAIL FROM|RCPT TO|end of DATA|DATA|STARTTLS|VRFY|EXPN|HELP|ETRN|ATRN|QUIT|final period)\b/i;

/** The command a log line's source label says it answered: "Gmail (reply to EHLO)", "Postfix (reply to a long AUTH line)". */
export function stagesInSource(source: string): Stage[] {
  // "client sent EHLO to the LMTP listener"
  const stage = stageNamed(SOURCE_REPLY_TO, source) ?? stageNamed(/\bsent (EHLO|HELO|MAIL FROM|RCPT TO|STARTTLS|VRFY|EXPN)\b/i, source);
  if (stage) return [stage];
  return /\breply to [^)]{0,30}\bAUTH\b/i.test(source) ? ['AUTH'] : [];
}

/**
 * A line this site wrote from an RFC's description because no product's wording is on record
 * ("as RFC 3463 describes", "the form a relay … would produce"). It illustrates the page but is no
 * evidence of what comes with the code or which command it answers. A line an RFC itself gives
 * ("as RFC 4954 specifies") is evidence.
 */
export function isConstructedLine(source: string | undefined): boolean {
  return !!source && /\bRFC\b/.test(source) && /\b(?:describes?|allows?|would produce)\b/i.test(source);
}

/** One reply + enhanced pair seen in a log line. */
export interface SeenPair {
  reply: string;
  enhanced: string;
}

/** Every (reply, enhanced) pair the lines show, one per line that has both. */
export function pairsInLines(lines: readonly { line: string; source?: string }[]): SeenPair[] {
  return lines.filter((l) => !isConstructedLine(l.source)).flatMap((l) => {
    const { reply, enhanced } = codesInLine(l.line);
    return reply && enhanced ? [{ reply, enhanced }] : [];
  });
}
