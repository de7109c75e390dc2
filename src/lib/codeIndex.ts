/**
 * The machine-readable index of every code page (served as /api/codes.json). The CLI and the
 * in-page search resolve pastes against this same shape, so they cannot disagree.
 */
import type { BounceType } from './replyCode.ts';

export interface CodeRecord {
  code: string;
  kind: 'reply' | 'enhanced';
  title: string;
  summary: string;
  /** The class digit: 2, 3, 4 or 5. */
  class: string;
  bounce: BounceType;
  /** Site-relative URL including the base path, e.g. "/smtp/550/". */
  url: string;
  related: string[];
  /** Set for codes no RFC or registry defines. */
  unofficial?: string;
}

export interface CodeIndex {
  version: 1;
  codes: CodeRecord[];
}

export function indexByCode(index: CodeIndex): Map<string, CodeRecord> {
  return new Map(index.codes.map((r) => [r.code, r]));
}

/** The facts of a content entry the index needs; both the build and the CLI supply these. */
export interface ReplySource {
  code: string;
  title: string;
  summary: string;
  related: string[];
  enhanced: string[];
  unofficial?: string;
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
}

/**
 * One record per page: every reply code, and every concrete class of every enhanced entry.
 * Links go through `buildCrossLinks`, so the index lists exactly the links the pages show.
 */
export function buildCodeIndex(
  replies: readonly ReplySource[],
  enhanced: readonly EnhancedSource[],
  urlOf: (code: string) => string,
  crossLinks: (replies: ReplySource[], concrete: { code: string; replyCodes: string[] }[]) => {
    enhancedForReply: Map<string, string[]>;
    repliesForEnhanced: Map<string, string[]>;
  },
  compare: (a: string, b: string) => number,
): CodeIndex {
  const concrete = enhanced.flatMap((e) =>
    [...e.classes].sort().map((c) => ({ code: c + e.code.slice(1), entry: e, replyCodes: e.replyCodes })),
  );
  const links = crossLinks([...replies], concrete);
  const bounceOf = (digit: string): BounceType => (digit === '5' ? 'hard' : digit === '4' ? 'soft' : 'none');
  const codes: CodeRecord[] = [
    ...replies.map((r) => ({
      code: r.code,
      kind: 'reply' as const,
      title: r.title,
      summary: r.summary,
      class: r.code[0]!,
      bounce: bounceOf(r.code[0]!),
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
      bounce: bounceOf(code[0]!),
      url: urlOf(code),
      related: [
        ...concrete.filter((c) => c.entry === entry && c.code !== code).map((c) => c.code),
        ...(links.repliesForEnhanced.get(code) ?? []),
      ],
      ...(entry.vendor ? { unofficial: entry.vendor } : {}),
    })),
  ];
  // Same order whatever order the sources came in: reply codes, then enhanced, each numerically.
  codes.sort((a, b) => (a.kind === b.kind ? compare(a.code, b.code) : a.kind === 'reply' ? -1 : 1));
  return { version: 1, codes };
}
