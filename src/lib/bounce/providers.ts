/**
 * Which provider, filter or blocklist a bounce names: words in the reply first, then the Remote-MTA host.
 */
import { PROVIDERS, type ProviderEntry } from '../../data/providers.ts';
import type { Match, ProviderRef } from './types.ts';

export interface ProviderHit {
  provider: ProviderRef;
  kind: ProviderEntry['kind'];
  /** Where the diagnostic names it (null when only the host told). */
  match: Match | null;
}

const toRef = (p: ProviderEntry): ProviderRef => ({ id: p.id, name: p.name, url: p.url });

/** "dns; mx1.example.com" or "mx1.example.com [192.0.2.1]" → "mx1.example.com". */
export function hostOf(remoteMta: string | null | undefined): string | null {
  if (!remoteMta) return null;
  const m = /(?:^|[\s;])\[?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)\.?\]?/i.exec(remoteMta.trim());
  return m?.[1] && !/^\d+(?:\.\d+){3}$/.test(m[1]) ? m[1].toLowerCase() : null;
}

export function findProvider(diagnostic: string | null | undefined, remoteMta?: string | null): ProviderHit | null {
  const text = diagnostic ?? '';
  for (const p of PROVIDERS) {
    const m = p.words?.exec(text);
    if (m) return { provider: toRef(p), kind: p.kind, match: { start: m.index, end: m.index + m[0].length } };
  }
  const host = hostOf(remoteMta);
  if (host) {
    for (const p of PROVIDERS) if (p.host?.test(host)) return { provider: toRef(p), kind: p.kind, match: null };
  }
  return null;
}
