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
}

async function parts(text: string): Promise<ParsedParts> {
  if (!startsWithHeaders(text)) return { dsn: [], report: text, failedRecipients: null, forwarded: [] };
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
    return { dsn, report, failedRecipients: failed ? addressIn(failed) : null, forwarded };
  } catch {
    const blank = text.search(/\r?\n\r?\n/);
    return { dsn: [], report: blank >= 0 ? text.slice(blank) : text, failedRecipients: null, forwarded: [] };
  }
}

function merge(dsn: DsnRecipient, fromText: BounceRecipient | undefined): BounceRecipient {
  const { status: _status, ...own } = dsn;
  if (own.reply || !fromText || (!fromText.reply && !fromText.enhanced)) return own;
  return {
    ...own,
    reply: fromText.reply,
    enhanced: fromText.enhanced ?? own.enhanced,
    diagnostic: own.diagnostic ?? fromText.diagnostic,
    remoteMta: own.remoteMta ?? fromText.remoteMta,
    stage: own.stage ?? fromText.stage,
  };
}

/** Every recipient the message reports, in the order it lists them. Never throws. */
export async function readMessage(input: string, depth = 0): Promise<BounceRecipient[]> {
  try {
    const text = input.length > MAX_MESSAGE_CHARS ? input.slice(0, MAX_MESSAGE_CHARS) : input;
    const p = await parts(text);
    let dsnRecipients = p.dsn.flatMap(readDeliveryStatus);
    // Old and non-MIME bounces carry the same fields inline in the text.
    if (dsnRecipients.length === 0 && /^final-recipient:/im.test(p.report)) dsnRecipients = readDeliveryStatus(p.report);
    const fromText = recipientsFromNdrText(p.report, p.failedRecipients);
    if (dsnRecipients.length > 0) {
      const byAddress = new Map(fromText.filter((r) => r.address).map((r) => [r.address!.toLowerCase(), r]));
      return dsnRecipients.map((d, i) =>
        merge(d, (d.address && byAddress.get(d.address.toLowerCase())) || (fromText.length === dsnRecipients.length ? fromText[i] : undefined) || (fromText.length === 1 ? fromText[0] : undefined)),
      );
    }
    if (fromText.some((r) => r.reply || r.enhanced)) return fromText;
    // A forwarded bounce: the report is inside the attached message.
    if (depth === 0) {
      for (const inner of p.forwarded) {
        const found = await readMessage(inner, 1);
        if (found.some((r) => r.reply || r.enhanced)) return found;
      }
    }
    return fromText;
  } catch {
    return [];
  }
}
