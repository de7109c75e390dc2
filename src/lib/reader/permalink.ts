/**
 * The reader's shareable link: the URL fragment carries the diagnosis (codes, reason, verdict,
 * addresses masked or not, and the raw paste only when the reader opts in). A fragment never
 * reaches a server. Decoding treats the fragment as hostile input: anything out of shape is
 * dropped, and every string is later rendered as text.
 */
import { REASONS, type BounceRecipient, type Reason, type Verdict } from '../bounce/types.ts';
import { FRAGMENT_KEY } from './keys.ts';

export { FRAGMENT_KEY };
/** Caps that keep a crafted link from making the page do unbounded work. */
export const LIMITS = { recipients: 200, field: 20_000, paste: 200_000, fragment: 2_000_000, inflated: 4_000_000 } as const;

/** One recipient as a link carries it: what the message said, and what the rules made of it then. */
export interface SharedRecipient extends BounceRecipient {
  reason: Reason | null;
  verdict: Verdict | null;
  /** Site-relative page link (with base path and section), e.g. "/smtp/5.1.1/#how-to-fix". */
  url: string | null;
}

export interface SharedDiagnosis {
  masked: boolean;
  recipients: SharedRecipient[];
  /** The pasted text, only when the reader chose to include it. */
  paste: string | null;
}

const VERDICTS: readonly Verdict[] = ['suppress', 'retry', 'fix-sending', 'none'];
const FIELDS = ['address', 'reply', 'enhanced', 'diagnostic', 'remoteMta', 'stage', 'action'] as const;
/** Short keys keep links short; the order of FIELDS is the wire order. */
const WIRE = { address: 'a', reply: 'c', enhanced: 'e', diagnostic: 'd', remoteMta: 'm', stage: 's', action: 'x', reason: 'r', verdict: 'v', url: 'u' } as const;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Runs bytes through a (de)compression stream; stops with null past `max` bytes (a crafted link cannot inflate without bound). */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The fragment (without '#') for a diagnosis: deflated JSON in base64url. */
export async function encodeFragment(diagnosis: SharedDiagnosis): Promise<string> {
  const wire: Record<string, unknown> = {
    v: 1,
    k: diagnosis.masked ? 1 : 0,
    n: diagnosis.recipients.map((r) => Object.fromEntries(Object.entries(WIRE).map(([field, key]) => [key, r[field as keyof SharedRecipient]]))),
  };
  if (diagnosis.paste !== null) wire.p = diagnosis.paste;
  const json = new TextEncoder().encode(JSON.stringify(wire));
  return `${FRAGMENT_KEY}=${toBase64Url((await pipe(json, new CompressionStream('deflate-raw')))!)}`;
}

function text(value: unknown, max: number = LIMITS.field): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

/** A site-relative path with an optional section: no scheme, no host, nothing a link could abuse. */
export function isSitePath(value: string): boolean {
  return /^\/(?!\/)[A-Za-z0-9._~/-]*(?:#[A-Za-z0-9_-]+)?$/.test(value);
}

function recipientOf(raw: unknown): SharedRecipient | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const shared = Object.fromEntries(FIELDS.map((field) => [field, text(r[WIRE[field]])])) as Pick<SharedRecipient, (typeof FIELDS)[number]>;
  const reason = REASONS.includes(r[WIRE.reason] as Reason) ? (r[WIRE.reason] as Reason) : null;
  const verdict = VERDICTS.includes(r[WIRE.verdict] as Verdict) ? (r[WIRE.verdict] as Verdict) : null;
  const url = text(r[WIRE.url], 300);
  return { ...shared, reason, verdict, url: url && isSitePath(url) ? url : null };
}

/** The diagnosis a fragment carries, or null when the fragment is not one of ours or is malformed. */
export async function decodeFragment(fragment: string): Promise<SharedDiagnosis | null> {
  const value = fragment.replace(/^#/, '');
  if (!value.startsWith(`${FRAGMENT_KEY}=`) || value.length > LIMITS.fragment) return null;
  const bytes = fromBase64Url(value.slice(FRAGMENT_KEY.length + 1));
  if (!bytes) return null;
  let wire: unknown;
  try {
    const json = await pipe(bytes, new DecompressionStream('deflate-raw'), LIMITS.inflated);
    if (!json) return null;
    wire = JSON.parse(new TextDecoder().decode(json));
  } catch {
    return null;
  }
  if (!wire || typeof wire !== 'object' || (wire as { v?: unknown }).v !== 1) return null;
  const { k, n, p } = wire as { k?: unknown; n?: unknown; p?: unknown };
  if (!Array.isArray(n) || n.length > LIMITS.recipients) return null;
  const recipients = n.map(recipientOf);
  if (recipients.some((r) => r === null)) return null;
  return { masked: k === 1, recipients: recipients as SharedRecipient[], paste: text(p, LIMITS.paste) };
}
