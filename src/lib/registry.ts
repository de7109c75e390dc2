/**
 * The IANA enhanced status code registry as this site stores it (src/data): the basic reply
 * codes it lists for each enumerated code, the evidence behind "seen with" links.
 */
import registry from '../data/smtp-enhanced-status-codes.json' with { type: 'json' };

const basicByEntry = new Map<string, string[]>(
  (registry as { code: string; kind: string; basic_codes?: string[] }[])
    .filter((r) => r.kind === 'enumerated')
    .map((r) => [r.code, (r.basic_codes ?? []).filter((c) => /^[2-5]\d\d$/.test(c))]),
);

const anyReply = new Set(
  (registry as { code: string; kind: string; basic_codes?: string[] }[]).filter((r) => r.basic_codes?.includes('Any')).map((r) => r.code),
);

/** True where the registry gives "Any" as the basic reply code (X.0.0): it can follow any reply. */
export function registryAnyReply(entryCode: string): boolean {
  return anyReply.has(entryCode);
}

/** "X.1.1" → ["451", "550"]: the registry's basic-code column, three-digit codes only. */
export function registryReplyCodes(entryCode: string): string[] {
  return basicByEntry.get(entryCode) ?? [];
}
