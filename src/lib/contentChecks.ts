/**
 * Whole-collection checks that a per-entry schema cannot make. Each returns human-readable
 * problems that name the file and the field, or an empty list.
 */
import { unsafeMarkup } from './markupSafety.ts';

/** An MDX body with markup that could run or load something, or that does not parse. */
export function bodyProblems(filePath: string, body: string): string[] {
  return unsafeMarkup(body).map((problem) => `${filePath}: field "body": ${problem}`);
}

export interface EntryFacts {
  /** The entry id, which the loader takes from the file name. */
  id: string;
  filePath: string;
  code: string;
  /** Codes named in fields that must point at existing entries, keyed by field name. */
  references: Record<string, string[]>;
  body: string;
}

/** For each referencing field, the codes it may name. */
export type KnownCodes = (field: string) => ReadonlySet<string>;

function fileNameOf(path: string): string {
  return path.split('/').pop() ?? path;
}

export function checkEntries(entries: EntryFacts[], known?: KnownCodes): string[] {
  const own = new Set(entries.map((e) => e.code));
  const knownFor: KnownCodes = known ?? (() => own);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.code !== entry.id) {
      problems.push(
        `${entry.filePath}: field "code" is "${entry.code}" but the file is named ${fileNameOf(entry.filePath)}; the file name must be the code`,
      );
    }
    const first = seen.get(entry.code);
    if (first) {
      problems.push(`${entry.filePath}: field "code" duplicates code ${entry.code}, already defined in ${first}`);
    } else {
      seen.set(entry.code, entry.filePath);
    }
    for (const [field, codes] of Object.entries(entry.references)) {
      const targets = knownFor(field);
      for (const code of codes) {
        if (!targets.has(code)) {
          problems.push(`${entry.filePath}: field "${field}" names ${code}, which has no page`);
        }
        if (code === entry.code) {
          problems.push(`${entry.filePath}: field "${field}" names the entry's own code ${code}`);
        }
      }
    }
    if (/\bTODO\b/.test(entry.body)) {
      problems.push(`${entry.filePath}: the MDX body still contains a TODO marker`);
    }
    if (entry.body.trim().length === 0) {
      problems.push(`${entry.filePath}: the MDX body is empty; it holds the "What it means" explanation`);
    }
    problems.push(...bodyProblems(entry.filePath, entry.body));
  }
  return problems;
}

export interface ComparisonFacts {
  id: string;
  filePath: string;
  a: string;
  b: string;
  body: string;
}

/**
 * Curated comparison files: named `<a>-vs-<b>` in canonical order (lower code first), and,
 * when the set of existing codes is given, naming only codes that have a page.
 */
export function checkComparisonFiles(
  entries: ComparisonFacts[],
  known?: ReadonlySet<string>,
  canonical: (a: string, b: string) => string = (a, b) => `${a}-vs-${b}`,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    if (e.a === e.b) {
      problems.push(`${e.filePath}: fields "a" and "b" are both ${e.a}; a comparison needs two codes`);
      continue;
    }
    const expected = canonical(e.a, e.b);
    if (e.id !== expected) {
      problems.push(`${e.filePath}: the file must be named ${expected}.mdx (lower code first, matching fields "a" and "b")`);
    }
    if (known) {
      for (const field of ['a', 'b'] as const) {
        if (!known.has(e[field])) problems.push(`${e.filePath}: field "${field}" names ${e[field]}, which has no page`);
      }
    }
    if (/\bTODO\b/.test(e.body)) problems.push(`${e.filePath}: the MDX body still contains a TODO marker`);
    if (e.body.trim().length === 0) problems.push(`${e.filePath}: the MDX body is empty; it holds the hand-written narrative`);
    problems.push(...bodyProblems(e.filePath, e.body));
  }
  return problems;
}
