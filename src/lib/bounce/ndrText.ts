/**
 * The human-readable part of a non-delivery report, in any MTA's wording: cut off the returned
 * original message, find the recipient addresses the report lists, and give each one the text
 * that follows it. The formats differ in their wording, not in this shape:
 *
 *   Postfix      "<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 …"
 *   Exim         "  bob@example.com\n    host …\n    SMTP error from remote mail server after RCPT TO:<…>: 550 …"
 *   Sendmail     "<bob@example.com>\n    (reason: 550 5.1.1 User unknown)" and a session transcript
 *   qmail        "<bob@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 …"
 *   Courier      "<bob@example.com>:\n>>> RCPT TO:<bob@example.com>\n<<< 550 …"
 *   Exchange/365 "bob@example.com\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
 *   Gmail        "Delivery to the following recipient failed permanently:\n\n     bob@example.com\n\n…"
 *   OpenSMTPD    "Error: … bob@example.com: 550 …"
 *
 * Pure and linear: anchors are found line by line on bounded lines.
 */
import type { BounceRecipient } from './types.ts';
import { recipientFromText } from './evidence.ts';

const ADDR = String.raw`[A-Za-z0-9.!#$%&'*+/=?^_\x60{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,63}`;

/** Lines that introduce the returned original message (or its headers) in the usual templates. */
const ORIGINAL_MARKER = new RegExp(
  String.raw`^[ \t>|*=_#-]*(?:-{2,}|={2,}|\*{2,})?[ \t]*(?:` +
    [
      String.raw`original message`,
      String.raw`this is a copy of the message`,
      String.raw`below this line is a copy of the message`,
      String.raw`a copy of the (?:original )?message`,
      String.raw`copy of (?:the )?(?:original )?message (?:header|follows)`,
      String.raw`returned message`,
      String.raw`unsent message`,
      String.raw`undelivered message`,
      String.raw`original message headers`,
      String.raw`the header of the original message`,
      String.raw`headers? of (?:the|your) (?:original )?message`,
      String.raw`message headers? follows?`,
      String.raw`included is a copy of the message`,
      String.raw`the original message headers? (?:is|are|was|were) (?:included|attached|below)`,
      String.raw`original mail`,
      String.raw`content of the original`,
      String.raw`the text of your message`,
      String.raw`your message reads`,
      String.raw`start of returned message`,
    ].join('|') +
    String.raw`)`,
  'i',
);

/** In a raw body: the MIME part that holds the returned message or its headers. */
const ATTACHED_ORIGINAL = /^Content-Type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global|message\/global-headers)\b/i;

const HEADER_LINE = /^(?:Received|Return-Path|From|To|Subject|Date|Message-I[Dd]|MIME-Version|Content-Type|DKIM-Signature|Reply-To|Delivered-To|X-[A-Za-z0-9-]{1,40}|Authentication-Results|ARC-[A-Za-z-]{1,20}|Cc|Sender|In-Reply-To|References):[ \t]/;
const STRONG_HEADER = /^(?:Received|Message-I[Dd]|Subject|Date|From|MIME-Version|DKIM-Signature|Return-Path):/;
const MAX_LINE = 4000;
/** A report's human-readable part is a few KB; beyond this it is not a report any more. */
export const MAX_REPORT_CHARS = 256 * 1024;

function hasEvidence(text: string): boolean {
  return /(?<![\d.])[45]\d\d(?![\d])|[45]\.\d{1,3}\.\d{1,3}/.test(text) || new RegExp(ADDR).test(text);
}

/**
 * The report without the returned message: cut at the first "original message" marker (or at
 * the first run of three header lines) that has evidence of a failure before it.
 */
export function cutOriginal(text: string): string {
  const lines = text.split('\n');
  let offset = 0;
  let headerRun = 0;
  let runStart = 0;
  let strong = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.length > MAX_LINE ? lines[i]!.slice(0, MAX_LINE) : lines[i]!;
    if (ATTACHED_ORIGINAL.test(line)) return text.slice(0, offset);
    if (ORIGINAL_MARKER.test(line) && i > 0 && hasEvidence(text.slice(0, offset))) return text.slice(0, offset);
    if (HEADER_LINE.test(line)) {
      if (headerRun === 0) {
        runStart = offset;
        strong = false;
      }
      headerRun++;
      strong ||= STRONG_HEADER.test(line);
      if (headerRun >= 3 && strong && runStart > 0 && hasEvidence(text.slice(0, runStart))) return text.slice(0, runStart);
    } else if (!/^[ \t]/.test(line)) {
      headerRun = 0;
    }
    offset += lines[i]!.length + 1;
  }
  return text;
}

interface Anchor {
  address: string;
  at: number;
}

/** A line that is essentially one address, maybe with a name, brackets, a colon or "...". */
const ADDRESS_LINE = new RegExp(
  String.raw`^[ \t>*-]*(?:"[^"\n]{0,60}"[ \t]+|[^\s@<>():,"][^@<>():,\n]{0,40}?[ \t]+)?[<(\["]?(?:mailto:)?(${ADDR})[>)\]"]?[ \t]*(?::|\.\.\.|,)?[ \t]*(?:\([^()\n]{0,200}\)|\[[^[\]\n]{0,200}\])?[ \t]*$`,
);
/** Exchange 2003: "bob@example.com on Thu, 29 Apr 2007 16:51:51 -0500". */
const ADDRESS_ON_DATE = new RegExp(String.raw`^[ \t]*<?(${ADDR})>? on [A-Z][a-z]{2},? `);
/** Recipient fields in report text ("Recipient address: bob@…", "Original-recipient: rfc822;bob@…"). */
const RECIPIENT_FIELD = new RegExp(String.raw`^[ \t]*(?:recipient(?: address)?|original[- ]recipient|final[- ]recipient|failed recipient|to address|addressed to)[ \t]*:[ \t]*(?:rfc822;)?[ \t]*<?(${ADDR})`, 'i');
/** Sendmail transcripts and summaries: "550 <bob@example.com>... User unknown". */
const SENDMAIL_TRANSCRIPT = new RegExp(String.raw`^[ \t]*(?:[245]\d\d[ -])?<(${ADDR})>\.\.\.[ \t]`);
/** OpenSMTPD and others: "bob@example.com: 550 5.1.1 …" (no brackets). */
const BARE_ADDRESS_THEN_TEXT = new RegExp(String.raw`^[ \t]*(${ADDR}):[ \t]+\S`);
/** Postfix and OpenSMTPD: the address starts the line and the reason follows on it. */
const ADDRESS_THEN_TEXT = new RegExp(String.raw`^[ \t]*<(${ADDR})>(?: \(expanded from <[^>\n]{0,300}>\))?:[ \t]+\S`);
const OPENSMTPD = new RegExp(String.raw`^[ \t]*Error:?[ \t]+[^\n]{0,200}?(${ADDR})[>]?:[ \t]`, 'i');
/** Sentences that name the failed recipient ("Your message to bob@example.com couldn't be delivered"). */
const ADDRESS_IN_SENTENCE = new RegExp(
  String.raw`\b(?:deliver(?:ed|y)?|delivering|message|mail|recipient|address|mailbox|user|to|for)\b[^\n@]{0,40}?[<("'\[]?(${ADDR})`,
  'i',
);
const SENDER_INTRO = /\b(?:sent by|sender|from)[ \t]*:?[ \t]*$/i;
const FIELD_START = /^[ \t]*[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]/;
/** The reporting system's own addresses are never the failed recipient. */
const LOCAL_ROLES = /^(?:mailer-daemon|double-bounce)@/i;

function anchorsOf(text: string, sentence: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  let offset = 0;
  let previous = '';
  for (const raw of text.split('\n')) {
    const line = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
    let m: RegExpExecArray | null = null;
    // "A message sent by\n  <alice@example.org>\ncould not be delivered": the sender, not a recipient.
    const afterSender = SENDER_INTRO.test(previous);
    if (line.trim() !== '') previous = line;
    if (afterSender) {
      offset += raw.length + 1;
      continue;
    }
    if (sentence) m = ADDRESS_IN_SENTENCE.exec(line);
    else if (!FIELD_START.test(line) || /^[ \t]*Error:/i.test(line)) {
      m =
        ADDRESS_THEN_TEXT.exec(line) ??
        ADDRESS_LINE.exec(line) ??
        OPENSMTPD.exec(line) ??
        ADDRESS_ON_DATE.exec(line) ??
        SENDMAIL_TRANSCRIPT.exec(line) ??
        BARE_ADDRESS_THEN_TEXT.exec(line);
    } else m = RECIPIENT_FIELD.exec(line);
    if (m && !LOCAL_ROLES.test(m[1]!)) anchors.push({ address: m[1]!, at: offset });
    offset += raw.length + 1;
  }
  return anchors;
}

/** Does a stretch of text say anything about a failure (a code or typical words)? */
function saysFailure(text: string): boolean {
  return hasEvidence(text) || /\b(?:undeliverable|could not be delivered|failed|rejected|unknown|does not exist|not found|quota|full|denied|refused|blocked)\b/i.test(text);
}

/**
 * Sendmail's summary line "554 <bob@example.com>... 550 Host unknown" is the local MTA's verdict;
 * the remote server's reply is the code after "... ", or else the last "<<< " line the session
 * transcript shows before it (since the previous summary line).
 */
function sendmailRemoteReply(report: string, at: number): string | null {
  const lineEnd = report.indexOf('\n', at);
  const line = report.slice(at, lineEnd < 0 ? report.length : lineEnd);
  const m = SENDMAIL_TRANSCRIPT.exec(line);
  if (!m || !/^[ \t]*[245]\d\d[ -]/.test(line)) return null;
  const rest = line.slice(line.indexOf('...', m.index) + 3).trim();
  if (/^[245]\d\d\b/.test(rest)) return rest;
  const before = report.slice(Math.max(0, at - 4000), at).split('\n');
  for (let i = before.length - 1; i >= 0; i--) {
    const l = before[i]!;
    if (/^[ \t]*<<<[ \t]*[245]\d\d/.test(l)) return `${l.replace(/^[ \t]*<<<[ \t]*/, '')} ${rest}`;
    if (SENDMAIL_TRANSCRIPT.test(l) || /talking to/i.test(l)) break;
  }
  return null;
}

/**
 * One recipient per address the report lists, in order, with the text that follows it up to the
 * next listed address. Without any listed address, one recipient (address from `fallbackAddress`)
 * read from the whole report, if the report says anything about a failure.
 */
export function recipientsFromNdrText(text: string, fallbackAddress: string | null = null): BounceRecipient[] {
  const capped = text.length > MAX_REPORT_CHARS ? text.slice(0, MAX_REPORT_CHARS) : text;
  const report = cutOriginal(capped.replace(/\r\n?/g, '\n'));
  let anchors = anchorsOf(report, false);
  if (anchors.length === 0) anchors = anchorsOf(report, true);
  // Repeated mentions of the same address in a row belong to one stretch of text.
  anchors = anchors.filter((a, i) => i === 0 || anchors[i - 1]!.address.toLowerCase() !== a.address.toLowerCase());
  if (anchors.length === 0) {
    if (!saysFailure(report)) return [];
    const r = recipientFromText(fallbackAddress, report);
    return r.reply || r.enhanced || fallbackAddress ? [r] : [];
  }
  // Text per address: every stretch from one of its anchors to the next anchor of another address.
  const order: string[] = [];
  const parts = new Map<string, { text: string; at: number }[]>();
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const key = a.address.toLowerCase();
    const end = anchors[i + 1]?.at ?? report.length;
    if (!parts.has(key)) {
      parts.set(key, []);
      order.push(a.address);
    }
    parts.get(key)!.push({ text: report.slice(a.at, end).replace(/\n+$/, ''), at: a.at });
  }
  const preamble = report.slice(0, anchors[0]!.at);
  const out: BounceRecipient[] = [];
  for (const address of order) {
    const own = parts.get(address.toLowerCase())!;
    const ownText = own.map((p) => p.text).join('\n');
    let r = recipientFromText(address, ownText);
    const remote = own.map((p) => sendmailRemoteReply(report, p.at)).find((x) => x !== null);
    if (remote) {
      const fromRemote = recipientFromText(address, remote);
      if (fromRemote.reply) r = { ...r, reply: fromRemote.reply, enhanced: fromRemote.enhanced, diagnostic: fromRemote.diagnostic };
    }
    // One recipient: the whole report is about it, wherever the code sits (Gmail puts it last,
    // some put it before the address).
    if (!r.reply && !r.enhanced) {
      const wider = recipientFromText(address, order.length === 1 ? report : `${preamble}\n${ownText}`);
      // Codes from the wider text; without any, the words stay those that follow the address.
      if (wider.reply || wider.enhanced) r = wider;
    }
    out.push(r);
  }
  // The header X-Failed-Recipients names the failed address; a report that gives no code and never
  // lists that address only greets someone ("Hello alice@example.org, the group you tried …").
  const failed = fallbackAddress?.toLowerCase();
  if (failed && !parts.has(failed) && !out.some((r) => r.reply || r.enhanced) && saysFailure(report)) {
    return [recipientFromText(fallbackAddress, report)];
  }
  // An address in the template ("please contact <support@…>") says nothing about a failure.
  const said = out.filter((r, i) => r.reply || r.enhanced || saysFailure(parts.get(order[i]!.toLowerCase())!.map((p) => p.text).join('\n')));
  return said.length > 0 ? said : out;
}
