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
