/**
 * Looking codes up in the resolver index (/api/resolver.json). Kept apart from codeIndex.ts,
 * which builds the index from content and imports registry data: the in-page search bundles
 * this file, so it must import nothing at run time.
 */
import type { ResolverRecord } from './codeIndex.ts';

export function indexByCode<R extends ResolverRecord>(index: { codes: R[] }): Map<string, R> {
  return new Map(index.codes.map((r) => [r.code, r]));
}

/**
 * The page for an enhanced code: its own, or the vendor page whose documented block of
 * details covers it (5.7.612 → the 5.7.606 page, which stands for 5.7.606-649).
 */
export function findEnhancedRecord<R extends ResolverRecord>(code: string, codes: ReadonlyMap<string, R>): R | undefined {
  const own = codes.get(code);
  if (own) return own;
  const [cls, subject, detail] = code.split('.');
  const n = Number(detail);
  for (const record of codes.values()) {
    if (!record.detailRange || record.kind !== 'enhanced') continue;
    const [rc, rs] = record.code.split('.');
    if (rc === cls && rs === subject && n >= record.detailRange[0] && n <= record.detailRange[1]) return record;
  }
  return undefined;
}
