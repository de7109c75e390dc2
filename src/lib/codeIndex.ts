/**
 * The machine-readable index of every code page (served as /api/codes.json). The CLI and the
 * in-page search resolve pastes against this same shape, so they cannot disagree.
 */
import { buildCrossLinks } from './crossLinks.ts';
import { pairsInLines } from './factsEvidence.ts';
import { registryReplyCodes } from './registry.ts';
import { concreteCodes, type EnhancedClass } from './enhancedCode.ts';
import { compareCodes, type BounceType } from './replyCode.ts';
import { bounceOfCode, type DeclaredFacts } from './facts.ts';

export interface CodeRecord {
  code: string;
  kind: 'reply' | 'enhanced';
  title: string;
  summary: string;
  /** The class digit: 2, 3, 4 or 5. */
  class: string;
  /** As the code's page states it: a declared fate overrides the class ("depends" for 502). */
  bounce: BounceType | 'depends';
  /** Site-relative URL including the base path, e.g. "/smtp/550/". */
  url: string;
  related: string[];
  /** Set for codes no RFC or registry defines. */
  unofficial?: string;
  /** Enhanced vendor pages that stand for a documented block of details, e.g. [606, 649]. */
  detailRange?: [number, number];
}

export interface CodeIndex {
  version: 1;
  codes: CodeRecord[];
}

/** What resolving a paste needs of a record; the in-page search loads only this (/api/resolver.json). */
export type ResolverRecord = Pick<CodeRecord, 'code' | 'kind' | 'title' | 'class' | 'bounce' | 'url' | 'detailRange'>;

export function resolverRecords(index: CodeIndex): ResolverRecord[] {
  return index.codes.map(({ code, kind, title, class: cls, bounce, url, detailRange }) => ({
    code,
    kind,
    title,
    class: cls,
    bounce,
    url,
    ...(detailRange ? { detailRange } : {}),
  }));
}

// The lookups the browser needs live in codeLookup.ts, which imports no data: importing them
// from here would pull the IANA registry (via registry.ts) into the search box's bundle.
export { findEnhancedRecord, indexByCode } from './codeLookup.ts';

/** The facts of a content entry the index needs; both the build and the CLI supply these. */
export interface ReplySource {
  code: string;
  title: string;
  summary: string;
  related: string[];
  enhanced: string[];
  unofficial?: string;
  /** The entry's log lines: evidence for which enhanced codes come with which reply codes. */
  logLines?: { line: string }[];
  /** Declared per-code facts (a fate overrides the class's bounce type). */
  facts?: DeclaredFacts;
}
export interface EnhancedSource {
  /** Registry spelling, "X.1.1". */
  code: string;
  classes: string[];
  title: string;
  summary: string;
  related: string[];
  replyCodes: string[];
  vendor?: string;
  detailRange?: [number, number];
  logLines?: { line: string }[];
  facts?: DeclaredFacts;
}

/**
 * The (reply, enhanced) pairs every entry's log lines show. A vendor code inside a documented
 * range (5.7.612) counts for the page that covers it (5.7.606).
 */
export function crossLinkEvidence(replies: readonly ReplySource[], enhanced: readonly EnhancedSource[]) {
  const ranged = enhanced.flatMap((e) =>
    e.detailRange ? concreteCodes(e.code, e.classes as EnhancedClass[]).map((code) => ({ code, range: e.detailRange! })) : [],
  );
  const pages = new Set(enhanced.flatMap((e) => concreteCodes(e.code, e.classes as EnhancedClass[])));
  // A code with its own page is its own; else the narrowest documented range that covers it.
  const pageOf = (code: string): string => {
    if (pages.has(code)) return code;
    const [c, s, d] = code.split('.');
    const hits = ranged.filter((r) => r.code.startsWith(`${c}.${s}.`) && Number(d) >= r.range[0] && Number(d) <= r.range[1]);
    hits.sort((x, y) => x.range[1] - x.range[0] - (y.range[1] - y.range[0]));
    return hits[0]?.code ?? code;
  };
  const lines = [...replies, ...enhanced].flatMap((e) => e.logLines ?? []);
  return { logPairs: pairsInLines(lines).map((p) => ({ reply: p.reply, enhanced: pageOf(p.enhanced) })) };
}

/**
 * One record per page: every reply code, and every concrete class of every enhanced entry.
 * Links go through `buildCrossLinks`, so the index lists exactly the links the pages show.
 */
export function buildCodeIndex(replies: readonly ReplySource[], enhanced: readonly EnhancedSource[], urlOf: (code: string) => string): CodeIndex {
  const concrete = enhanced.flatMap((e) =>
    concreteCodes(e.code, e.classes as EnhancedClass[]).map((code) => ({
      code,
      entry: e,
      replyCodes: e.replyCodes,
      registryReplyCodes: registryReplyCodes(e.code),
    })),
  );
  const links = buildCrossLinks(replies, concrete, compareCodes, crossLinkEvidence(replies, enhanced));
  const codes: CodeRecord[] = [
    ...replies.map((r) => ({
      code: r.code,
      kind: 'reply' as const,
      title: r.title,
      summary: r.summary,
      class: r.code[0]!,
      bounce: bounceOfCode(r.code, r.facts),
      url: urlOf(r.code),
      related: [...r.related, ...(links.enhancedForReply.get(r.code) ?? [])],
      ...(r.unofficial ? { unofficial: r.unofficial } : {}),
    })),
    ...concrete.map(({ code, entry }) => ({
      code,
      kind: 'enhanced' as const,
      title: entry.title,
      summary: entry.summary,
      class: code[0]!,
      bounce: bounceOfCode(code, entry.facts),
      url: urlOf(code),
      related: [
        ...concrete.filter((c) => c.entry === entry && c.code !== code).map((c) => c.code),
        ...(links.repliesForEnhanced.get(code) ?? []),
      ],
      ...(entry.vendor ? { unofficial: entry.vendor } : {}),
      ...(entry.detailRange ? { detailRange: entry.detailRange } : {}),
    })),
  ];
  // Same order whatever order the sources came in: reply codes, then enhanced, each numerically.
  codes.sort((a, b) => (a.kind === b.kind ? compareCodes(a.code, b.code) : a.kind === 'reply' ? -1 : 1));
  return { version: 1, codes };
}
