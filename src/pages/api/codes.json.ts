import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCatalog } from '../../data/catalog.ts';
import { buildCodeIndex, type CodeIndex } from '../../lib/codeIndex.ts';
import type { DeclaredFacts } from '../../lib/facts.ts';
import { codePath, withBase } from '../../lib/urls.ts';

let cache: Promise<CodeIndex> | undefined;

/** The index of every code page, built once from the catalog (also behind /api/resolver.json). */
export function buildSiteCodeIndex(): Promise<CodeIndex> {
  cache ??= build();
  return cache;
}

async function build(): Promise<CodeIndex> {
  const { replies } = await getCatalog();
  // Every entry, deprecated ones (no page) included: their log lines are evidence for the
  // "seen with" links, exactly as the catalog counts them for the pages.
  const entries = await getCollection('enhanced');
  return buildCodeIndex(
    replies.map(({ entry: { data } }) => ({
      code: data.code,
      title: data.title,
      summary: data.summary,
      related: data.related.map((r) => r.id),
      enhanced: data.enhanced,
      unofficial: data.unofficial?.seenFrom.join(', '),
      logLines: data.logLines,
      // The schema checks values against the same lists (FATES, DECIDING) as DeclaredFacts.
      facts: data.facts as DeclaredFacts | undefined,
    })),
    entries.map(({ data }) => ({
      code: data.code,
      classes: data.classes,
      title: data.title,
      summary: data.summary,
      related: data.related.map((r) => r.id),
      replyCodes: data.replyCodes,
      vendor: data.vendor?.name,
      detailRange: data.detailRange,
      logLines: data.logLines,
      facts: data.facts as DeclaredFacts | undefined,
    })),
    (code) => withBase(import.meta.env.BASE_URL, codePath(code)),
  );
}

/** Every code page as JSON, for scripts; the explain CLI builds the same index from the content files. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSiteCodeIndex()), { headers: { 'Content-Type': 'application/json' } });
