/**
 * Content check (part of `npm test`, and handy while writing): every reference code has an
 * entry, every entry passes its schema and the build's collection checks (including safe MDX
 * bodies that compile), no TODO is left, each page has enough prose, and no long sentence is
 * shared between two pages. A malformed entry is reported with its file and field, never
 * crashes the check, and does not stop the other entries from being checked.
 *
 *   node scripts/check-content.ts            # all entries
 *   node scripts/check-content.ts 550 5.1.1  # only report problems of these entries
 */
import { loadContentDir, type LoadedEntry } from './lib/contentFiles.ts';
import { z } from 'astro/zod';
import { replySchema } from '../src/schemas/reply.ts';
import { enhancedSchema } from '../src/schemas/enhanced.ts';
import { concreteCodes, type EnhancedClass } from '../src/lib/enhancedCode.ts';
import registry from '../src/data/smtp-enhanced-status-codes.json' with { type: 'json' };
import { checkComparisonFiles, checkEntries } from '../src/lib/contentChecks.ts';
import { mdxCompileError } from '../src/lib/markupSafety.ts';
import { comparisonSchema } from '../src/schemas/comparison.ts';
import { pairSlug } from '../src/lib/comparison.ts';
import { countWords, sharedSentences } from '../src/lib/prose.ts';
import referenceReplies from '../src/data/smtp-reply-codes.json' with { type: 'json' };

const MIN_WORDS = 350;
const MIN_WORDS_ENHANCED = 300;
const only = new Set(process.argv.slice(2));

type Loaded = LoadedEntry;
const loadDir = loadContentDir;

// Frontmatter is whatever the YAML says until the schema has judged it: read it defensively,
// so that `related: "550"` is a schema problem, not a TypeError.
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function schemaProblems(entry: Loaded, schema: z.ZodType): string[] {
  const result = schema.safeParse(entry.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${entry.filePath}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
}

/** All the prose a reader sees on an entry's page, excluding log lines (quoted, not ours). */
function pageProse(entry: Loaded): string {
  const d = record(entry.data);
  const parts: string[] = [text(d.summary), entry.body];
  for (const key of ['playsOut', 'causes']) parts.push(...strings(d[key]));
  parts.push(...Object.values(record(d.classNotes)).map(text));
  const fixes = record(d.fixes);
  parts.push(...strings(fixes.senders), ...strings(fixes.admins));
  for (const item of list(d.faq).map(record)) parts.push(text(item.q), text(item.a));
  return parts.join('\n\n');
}

/** Runs one check; a check that throws on data nobody foresaw becomes a problem, not a crash. */
function guarded(where: string, check: () => string[]): string[] {
  try {
    return check();
  } catch (error) {
    return [`${where}: could not be checked: ${(error as Error).message}`];
  }
}

const problems: string[] = [];
const stats: { id: string; words: number }[] = [];
const enhancedStats: { id: string; words: number }[] = [];

const replies = loadDir('replies');
const enhanced = loadDir('enhanced');
const comparisons = loadDir('comparisons');
problems.push(...replies.problems, ...enhanced.problems, ...comparisons.problems.filter((p) => !p.endsWith('folder is missing')));
// A frontmatter that is not a mapping (a list, a bare string) is a schema problem; read it as empty.
for (const entry of [...replies.entries, ...enhanced.entries, ...comparisons.entries]) {
  if (record(entry.data) !== entry.data) problems.push(`${entry.filePath}: field "(root)": the frontmatter must be a mapping of field names to values`);
  entry.data = record(entry.data);
}
const replyIds = new Set(replies.entries.map((e) => String(e.data.code ?? e.id)));
const enhancedIds = new Set(enhanced.entries.map((e) => String(e.data.code ?? e.id)));
/** Concrete enhanced codes that get a page: "5.1.1" for entry X.1.1 with class 5. */
const enhancedPages = new Set(
  enhanced.entries.flatMap((e) => {
    const classes = strings(e.data.classes) as EnhancedClass[];
    try {
      return concreteCodes(String(e.data.code), classes);
    } catch {
      return [];
    }
  }),
);

for (const entry of replies.entries) problems.push(...guarded(entry.filePath, () => schemaProblems(entry, replySchema(z.string()))));
for (const entry of enhanced.entries) problems.push(...guarded(entry.filePath, () => schemaProblems(entry, enhancedSchema(z.string()))));
for (const entry of comparisons.entries) problems.push(...guarded(entry.filePath, () => schemaProblems(entry, comparisonSchema)));

/** The build's collection checks over one folder; `targets` says which codes each referencing field may name. */
function collectionProblems(folder: string, entries: Loaded[], targets: Record<string, ReadonlySet<string>>): string[] {
  return guarded(`content/${folder}`, () =>
    checkEntries(
      entries.map((e) => ({
        id: e.id,
        filePath: e.filePath,
        code: String(e.data.code),
        references: Object.fromEntries(Object.keys(targets).map((field) => [field, strings(e.data[field])])),
        body: e.body,
      })),
      (field) => targets[field] ?? new Set(),
    ),
  );
}

problems.push(
  ...collectionProblems('replies', replies.entries, { related: replyIds, enhanced: enhancedPages }),
  ...collectionProblems('enhanced', enhanced.entries, { related: enhancedIds, replyCodes: replyIds }),
  ...guarded('content/comparisons', () =>
    checkComparisonFiles(
      comparisons.entries.map((e) => ({ id: e.id, filePath: e.filePath, a: String(e.data.a), b: String(e.data.b), body: e.body })),
      new Set([...replyIds, ...enhancedPages]),
      pairSlug,
    ),
  ),
);

// What the build's MDX compiler refuses beyond what the parse-time checks above catch.
for (const entry of [...replies.entries, ...enhanced.entries, ...comparisons.entries]) {
  const error = await mdxCompileError(entry.body);
  const prefix = `${entry.filePath}: field "body": MDX syntax error`;
  if (error && !problems.some((p) => p.startsWith(prefix))) problems.push(`${prefix}: ${error}`);
}

for (const ref of referenceReplies) {
  const entry = replies.entries.find((e) => e.id === ref.code);
  if (!entry) {
    problems.push(`content/replies/${ref.code}.mdx: missing: ${ref.code} (${ref.title}) is defined by ${ref.rfc.join(', ')} and needs an entry`);
    continue;
  }
  if (entry.data.title !== ref.title) {
    problems.push(`${entry.filePath}: field "title" is "${entry.data.title}" but the reference title is "${ref.title}"`);
  }
  const standards = list(entry.data.standards).map(record) as { rfc?: unknown; section?: unknown }[];
  for (const rfc of ref.rfc) {
    const named = standards.find((s) => s.rfc === rfc);
    const section = (ref.sections as unknown as Record<string, string | null> | undefined)?.[rfc] ?? null;
    if (!named) problems.push(`${entry.filePath}: field "standards" lacks ${rfc}, which defines this code`);
    else if ((named.section ?? null) !== section) {
      problems.push(`${entry.filePath}: field "standards": ${rfc} section is ${named.section} but the reference says ${section}`);
    }
  }
}

for (const ref of registry.filter((r) => r.kind === 'enumerated')) {
  const entry = enhanced.entries.find((e) => e.id === ref.code);
  if (!entry) {
    problems.push(`content/enhanced/${ref.code}.mdx: missing: ${ref.code} (${ref.title}) is in the IANA registry and needs an entry`);
    continue;
  }
  if (entry.data.title !== ref.title) {
    problems.push(`${entry.filePath}: field "title" is "${entry.data.title}" but the registry title is "${ref.title}"`);
  }
  const classes = strings(entry.data.classes).sort().join(',');
  if (classes !== [...ref.classes].sort().join(',')) {
    problems.push(`${entry.filePath}: field "classes" is [${classes}] but the registry allows [${ref.classes.join(',')}]`);
  }
  const rfcs = list(entry.data.standards).map((s) => String(record(s).rfc)).sort().join(',');
  if (rfcs !== [...ref.rfc].sort().join(',')) {
    problems.push(`${entry.filePath}: field "standards" names [${rfcs}] but the registry cites [${ref.rfc.join(',')}]`);
  }
  if (Boolean(entry.data.deprecated) !== Boolean((ref as { deprecated?: boolean }).deprecated)) {
    problems.push(`${entry.filePath}: field "deprecated" does not match the registry`);
  }
}
for (const entry of enhanced.entries) {
  const inRegistry = registry.some((r) => r.code === entry.id);
  if (!inRegistry && !entry.data.vendor) {
    problems.push(`${entry.filePath}: ${entry.id} is not in the IANA registry, so it needs a "vendor" block naming who sends it`);
  }
}

for (const entry of replies.entries) {
  const words = countWords(pageProse(entry));
  stats.push({ id: entry.id, words });
  if (words < MIN_WORDS) problems.push(`${entry.filePath}: page prose has ${words} words; at least ${MIN_WORDS} are needed`);
}
for (const entry of enhanced.entries) {
  const words = countWords(pageProse(entry));
  enhancedStats.push({ id: entry.id, words });
  if (words < MIN_WORDS_ENHANCED) problems.push(`${entry.filePath}: page prose has ${words} words; at least ${MIN_WORDS_ENHANCED} are needed`);
}

const docs = new Map([...replies.entries, ...enhanced.entries].map((e) => [e.filePath, pageProse(e)]));
for (const { sentence, owners } of sharedSentences(docs)) {
  problems.push(`${owners.join(' and ')}: share the sentence "${sentence.slice(0, 120)}…"; say it once in code, or differently per code`);
}

const relevant = only.size === 0 ? problems : problems.filter((p) => [...only].some((id) => p.includes(`/${id}.mdx`)));
function summary(list: { words: number }[]): string {
  const sorted = list.map((s) => s.words).sort((a, b) => a - b);
  return `words per page min ${sorted[0] ?? 0}, median ${sorted[Math.floor(sorted.length / 2)] ?? 0}`;
}
console.log(`content: ${replies.entries.length} reply entries (${summary(stats)}); ${enhanced.entries.length} enhanced entries (${summary(enhancedStats)})`);
if (relevant.length > 0) {
  console.error(`${relevant.length} content problem(s):\n  - ${relevant.join('\n  - ')}`);
  process.exit(1);
}
console.log('content check passed');
