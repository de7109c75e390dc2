import { defineCollection, reference } from 'astro:content';
import { checkEntries } from './lib/contentChecks.ts';
import { checkedGlob, type StoredEntry } from './schemas/checkedGlob.ts';
import { replySchema } from './schemas/reply.ts';
import { enhancedSchema } from './schemas/enhanced.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { checkComparisonFiles } from './lib/contentChecks.ts';
import { pairSlug } from './lib/comparison.ts';

/** Content lives at the top level (`content/`), one MDX file per code, named after the code. */
const CONTENT_BASE = process.env.CONTENT_DIR ?? './content';

/** Keep the file name as the id ("X.1.1", "550"); the default slugger would drop the dots. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

function referencedIds(value: unknown): string[] {
  return Array.isArray(value) ? value.map((r) => (typeof r === 'string' ? r : String((r as { id: string }).id))) : [];
}

function collectionProblems(entries: StoredEntry[], fields: string[]): string[] {
  return checkEntries(
    entries.map((e) => ({
      id: e.id,
      filePath: e.filePath ?? e.id,
      code: String(e.data.code),
      references: Object.fromEntries(fields.map((f) => [f, referencedIds(e.data[f])])),
      body: e.body ?? '',
    })),
  );
}

const replies = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: `${CONTENT_BASE}/replies`, generateId: idFromFileName }, (entries) =>
    collectionProblems(entries, ['related']),
  ),
  schema: replySchema(reference('replies')),
});

const enhanced = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: `${CONTENT_BASE}/enhanced`, generateId: idFromFileName }, (entries) =>
    collectionProblems(entries, ['related']),
  ),
  schema: enhancedSchema(reference('enhanced')),
});

/** Which codes exist is only known across collections, so the comparison route checks a/b exist. */
const comparisons = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: `${CONTENT_BASE}/comparisons`, generateId: idFromFileName }, (entries) =>
    checkComparisonFiles(entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, a: String(e.data.a), b: String(e.data.b), body: e.body ?? '' })), undefined, pairSlug),
  ),
  schema: comparisonSchema,
});

export const collections = { replies, enhanced, comparisons };
