/**
 * A whole bounce message: MIME through postal-mime (decodes base64 and quoted-printable,
 * charsets, nested parts), then the message/delivery-status part per RFC 3464, and the
 * human-readable report (text, or HTML turned into text) for what the DSN lacks or when there
 * is none. The returned original message (message/rfc822, text/rfc822-headers, or a copy
 * pasted into the text) is never read for codes.
 *
 * This module imports postal-mime; load it with a dynamic import so one-line pastes never pay for it.
 */
import PostalMime from 'postal-mime';
import { addressIn } from './evidence.ts';
import { readDeliveryStatus, type DsnRecipient } from './dsn.ts';
import { htmlToText } from './html.ts';
import { recipientsFromNdrText } from './ndrText.ts';
import type { BounceRecipient } from './types.ts';

/** A paste beyond this is cut: real bounces are far smaller, and the work stays bounded. */
export const MAX_MESSAGE_CHARS = 2 * 1024 * 1024;
const MAX_PART_CHARS = 512 * 1024;

const POSTAL_OPTIONS = {
  attachmentEncoding: 'utf8',
  forceRfc822Attachments: true,
  maxRfc822NestingDepth: 0,
  maxNestingDepth: 32,
  maxHeadersSize: 512 * 1024,
} as const;

/** The message starts with a header block ("From: …", "Received: …"): parse it as MIME. */
export function startsWithHeaders(text: string): boolean {
  const head = text.slice(0, 4000).replace(/^\s+/, '').split(/\r?\n/, 12);
  let fields = 0;
  for (const line of head) {
    if (line.trim() === '') break;
    if (/^[A-Za-z][A-Za-z0-9-]{0,60}:/.test(line)) fields++;
    else if (!/^[ \t]/.test(line) && !/^From /.test(line)) return false;
  }
  return fields >= 2;
}

function contentText(content: ArrayBuffer | Uint8Array | string): string {
  const s = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return s.length > MAX_PART_CHARS ? s.slice(0, MAX_PART_CHARS) : s;
}

interface ParsedParts {
  dsn: string[];
  report: string;
  failedRecipients: string | null;
  forwarded: string[];
  /** The MIME structure did not parse into the parts it declares. */
  broken: boolean;
}

async function parts(text: string): Promise<ParsedParts> {
  if (!startsWithHeaders(text)) return { dsn: [], report: text, failedRecipients: null, forwarded: [], broken: false };
  try {
    const email = await PostalMime.parse(text.replace(/^\s+/, ''), POSTAL_OPTIONS);
    const dsn: string[] = [];
    const forwarded: string[] = [];
    for (const a of email.attachments) {
      const type = a.mimeType.toLowerCase();
      if (type === 'message/delivery-status' || type === 'message/global-delivery-status') dsn.push(contentText(a.content));
      else if (type === 'message/rfc822') forwarded.push(contentText(a.content));
      else if (type === 'text/plain' && a.disposition !== 'attachment') {
        const t = contentText(a.content);
        if (/^final-recipient:/im.test(t)) dsn.push(t);
      }
    }
    const plain = email.text ?? '';
    const html = email.html ? htmlToText(email.html.length > MAX_PART_CHARS ? email.html.slice(0, MAX_PART_CHARS) : email.html) : '';
    // Exchange sends a thin text part beside the real HTML one: read whichever says more.
    const report = plain.trim().length >= html.length * 0.5 ? plain : html;
    const failed = email.headers.find((h) => h.key === 'x-failed-recipients')?.value ?? null;
    const failedRecipients = failed ? addressIn(failed) : null;
    // A broken MIME structure (a boundary the body never uses, a part header without its ';')
    // hides the report: read the raw body then.
    const malformed = email.attachments.some((a) => !/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(a.mimeType.toLowerCase()));
    return { dsn, report, failedRecipients, forwarded, broken: dsn.length === 0 && (report.trim() === '' || malformed) };
  } catch {
    return { dsn: [], report: rawBody(text), failedRecipients: null, forwarded: [], broken: false };
  }
}

const BOUNCE_HEADER = /^(?:From:[^\n]{0,200}\b(?:mailer-daemon|postmaster)\b|Subject:[^\n]{0,200}\b(?:undeliver|delivery status|delivery fail|delivery notification|returned mail|failure notice|non-?delivery|mail delivery failed))/im;

/** The header block of an attached message says it is itself a bounce. */
function looksLikeBounce(message: string): boolean {
  const blank = message.search(/\r?\n\r?\n/);
  return BOUNCE_HEADER.test(blank >= 0 ? message.slice(0, Math.min(blank, 16 * 1024)) : message.slice(0, 16 * 1024));
}

/** A bounce forwarded inline ("> " on most lines) loses one level of quoting. */
export function unquote(text: string): string {
  const lines = text.split('\n');
  const quoted = lines.filter((l) => l.startsWith('>')).length;
  if (quoted < 5 || quoted < lines.length * 0.4) return text;
  return lines.map((l) => l.replace(/^> ?/, '')).join('\n');
}

/** Everything after the header block, with line ends normalised. */
function rawBody(text: string): string {
  const blank = text.search(/\r?\n\r?\n/);
  return (blank >= 0 ? text.slice(blank) : text).replace(/\r\n?/g, '\n');
}

const generic = (code: string | null): boolean => code === null || /^\d\.0\.0$/.test(code);

/** A DSN recipient without a reply in its Diagnostic-Code takes the report text's reply. */
function merge(dsn: DsnRecipient, fromText: BounceRecipient | undefined): BounceRecipient {
  const { status, smtpDiagnostic, ...fields } = dsn;
  // The DSN rarely says the stage ("in reply to RCPT TO command" is in the text part).
  const own = {
    ...fields,
    stage: fields.stage ?? fromText?.stage ?? null,
    remoteMta: fields.remoteMta ?? fromText?.remoteMta ?? null,
    // A DSN without a Diagnostic-Code: the report's words are all there is to go on.
    diagnostic: fields.diagnostic ?? fromText?.diagnostic ?? null,
  };
  if (own.reply || !fromText || (!fromText.reply && !fromText.enhanced)) return own;
  return {
    ...own,
    reply: fromText.reply,
    // The DSN's specific Status outweighs a generic code in the text, and vice versa.
    enhanced: generic(fromText.enhanced) && !generic(status) ? status : (fromText.enhanced ?? own.enhanced),
    diagnostic: smtpDiagnostic ? (own.diagnostic ?? fromText.diagnostic) : (fromText.diagnostic ?? own.diagnostic),
    remoteMta: own.remoteMta ?? fromText.remoteMta,
    stage: own.stage ?? fromText.stage,
  };
}

/** An mbox excerpt holds several messages, each after a "From sender date" line. */
const MBOX_FROM = /^From \S{1,320} +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d \d{4}[ \t]*\r?$/m;
const MAX_MBOX_MESSAGES = 20;

export function splitMbox(text: string): string[] {
  const starts: number[] = [];
  const re = new RegExp(MBOX_FROM.source, 'gm');
  for (let m = re.exec(text); m && starts.length <= MAX_MBOX_MESSAGES; m = re.exec(text)) starts.push(m.index);
  if (starts.length < 2) return [text];
  return starts.slice(0, MAX_MBOX_MESSAGES).map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}

/** Every recipient the message (or each message of an mbox excerpt) reports, in order. Never throws. */
export async function readMessage(input: string, depth = 0): Promise<BounceRecipient[]> {
  const text = input.length > MAX_MESSAGE_CHARS ? input.slice(0, MAX_MESSAGE_CHARS) : input;
  const messages = depth === 0 ? splitMbox(text) : [text];
  if (messages.length > 1) {
    const all: BounceRecipient[] = [];
    for (const m of messages) all.push(...(await readOne(m, 1)));
    return all;
  }
  return readOne(text, depth);
}

async function readOne(text: string, depth: number): Promise<BounceRecipient[]> {
  try {
    const p = await parts(text);
    p.report = unquote(p.report);
    let fromText = recipientsFromNdrText(p.report, p.failedRecipients);
    // A malformed part header can hide the report from the MIME parser: read the raw body then.
    if (p.broken && !fromText.some((r) => r.reply || r.enhanced)) {
      const raw = unquote(rawBody(text));
      if (/^final-recipient:/im.test(raw)) p.dsn.push(raw);
      else {
        const fromRaw = recipientsFromNdrText(raw, p.failedRecipients);
        if (fromRaw.length > fromText.length || fromRaw.some((r) => r.reply || r.enhanced)) fromText = fromRaw;
      }
    }
    let dsnRecipients = p.dsn.flatMap(readDeliveryStatus);
    // Old and non-MIME bounces carry the same fields inline in the text.
    if (dsnRecipients.length === 0 && /^final-recipient:/im.test(p.report)) dsnRecipients = readDeliveryStatus(p.report);
    if (dsnRecipients.length > 0) {
      const byAddress = new Map(fromText.filter((r) => r.address).map((r) => [r.address!.toLowerCase(), r]));
      return dsnRecipients.map((d, i) =>
        merge(d, (d.address && byAddress.get(d.address.toLowerCase())) || (fromText.length === dsnRecipients.length ? fromText[i] : undefined) || (fromText.length === 1 ? fromText[0] : undefined)),
      );
    }
    if (fromText.some((r) => r.reply || r.enhanced)) return fromText;
    // A forwarded bounce: the report is inside the attached message. Only when the outer message
    // reports nothing itself and the attachment is a bounce, so a returned original is never read.
    if (depth === 0 && fromText.length === 0) {
      for (const inner of p.forwarded.filter(looksLikeBounce)) {
        const found = await readOne(inner, 1);
        if (found.some((r) => r.reply || r.enhanced)) return found;
      }
    }
    return fromText;
  } catch {
    return [];
  }
}
