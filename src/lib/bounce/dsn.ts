/**
 * message/delivery-status (RFC 3464 §2): one block of per-message fields, then one block per
 * recipient, blocks separated by blank lines; header-style fields with folded continuation
 * lines. Also used on NDR text that carries the same fields inline.
 */
import { parsePastedError } from '../parsePastedError.ts';
import { addressIn, oneLine, stageOf } from './evidence.ts';
import type { BounceRecipient } from './types.ts';

export type Fields = Map<string, string>;

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]?(.*)$/;
const MAX_FIELDS_CHARS = 256 * 1024;

/** Split into blocks of unfolded fields. A line that is neither a field nor a continuation ends nothing. */
export function fieldBlocks(text: string): Fields[] {
  const capped = text.length > MAX_FIELDS_CHARS ? text.slice(0, MAX_FIELDS_CHARS) : text;
  const blocks: Fields[] = [];
  let current: Fields = new Map();
  let last: string | null = null;
  for (const raw of capped.split(/\r?\n/)) {
    if (raw.trim() === '') {
      if (current.size > 0) blocks.push(current);
      current = new Map();
      last = null;
      continue;
    }
    if (/^[ \t]/.test(raw) && last) {
      current.set(last, `${current.get(last)} ${raw.trim()}`);
      continue;
    }
    const m = FIELD_LINE.exec(raw);
    if (!m) {
      last = null;
      continue;
    }
    const key = m[1]!.toLowerCase();
    // A second Final-Recipient in one block starts the next recipient (blank line missing).
    if ((key === 'final-recipient' || key === 'original-recipient') && current.has('final-recipient') && key === 'final-recipient') {
      blocks.push(current);
      current = new Map();
    }
    if (!current.has(key)) current.set(key, m[2]!.trim());
    last = key;
  }
  if (current.size > 0) blocks.push(current);
  return blocks;
}

/** The value after the type ("smtp; 550 …" → "550 …", "dns; mx.example.com" → "mx.example.com"). */
export function typedValue(value: string | undefined): string | null {
  if (value === undefined) return null;
  const semi = value.indexOf(';');
  const v = (semi >= 0 && semi < 24 ? value.slice(semi + 1) : value).trim();
  return v || null;
}

const STATUS_VALUE = /^([245])\.(\d{1,3})\.(\d{1,3})\b/;

export interface DsnRecipient extends BounceRecipient {
  /** The Status field, kept apart from the code the diagnostic text carries. */
  status: string | null;
  /** The Diagnostic-Code is an SMTP reply (type "smtp"), not an exit code or a local message. */
  smtpDiagnostic: boolean;
}

/**
 * "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>":
 * the outer reply is the reporting MTA's summary; the last remote reply is inside the brackets.
 */
function innerReplyOfExpiry(diagnostic: string): string | null {
  if (!/\b(?:expired|unable to deliver in|timed? ?out|retry time(?:out)? exceeded)\b/i.test(diagnostic)) return null;
  const m = /<([45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b[^<>]{0,300})>/.exec(diagnostic);
  return m ? m[1]! : null;
}

/** Per-recipient blocks of a delivery-status text (a block with Final- or Original-Recipient). */
export function readDeliveryStatus(text: string): DsnRecipient[] {
  const blocks = fieldBlocks(text);
  const out: DsnRecipient[] = [];
  for (const b of blocks) {
    if (!b.has('final-recipient') && !b.has('original-recipient')) continue;
    const address = addressIn(typedValue(b.get('final-recipient')) ?? '') ?? addressIn(typedValue(b.get('original-recipient')) ?? '');
    const statusMatch = STATUS_VALUE.exec(b.get('status') ?? '');
    const status = statusMatch ? `${statusMatch[1]}.${Number(statusMatch[2])}.${Number(statusMatch[3])}` : null;
    const diagnosticRaw = typedValue(b.get('diagnostic-code'));
    const diagnostic = diagnosticRaw ? oneLine(diagnosticRaw) : null;
    const inner = diagnostic ? innerReplyOfExpiry(diagnostic) : null;
    const codes = diagnostic ? parsePastedError(inner ?? diagnostic) : { reply: null, enhanced: null };
    const diagnosticType = (b.get('diagnostic-code') ?? '').split(';')[0]!.trim().toLowerCase();
    const remote = typedValue(b.get('remote-mta'));
    out.push({
      address,
      reply: codes.reply,
      // The server's own enhanced code outweighs the reporting MTA's Status summary;
      // the Status is used when the reply carries none.
      enhanced: codes.enhanced ?? status,
      diagnostic,
      // "mx.example.com [192.0.2.1]" → the name; a bare "[192.0.2.1]" stays as the address.
      remoteMta: remote ? (remote.replace(/\s*\[.*$/, '').replace(/\.$/, '') || remote.replace(/^\[|\]$/g, '')).toLowerCase() || null : null,
      stage: diagnostic ? stageOf(diagnostic) : null,
      action: (b.get('action') ?? '').trim().toLowerCase().split(/[\s(;]/)[0] || null,
      status,
      smtpDiagnostic: diagnosticType === 'smtp' && codes.reply !== null,
    });
  }
  return out;
}
