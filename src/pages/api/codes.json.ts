import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { buildCodeIndex } from '../../lib/codeIndex.ts';
import { buildCrossLinks } from '../../lib/crossLinks.ts';
import { compareCodes } from '../../lib/replyCode.ts';
import { codePath, withBase } from '../../lib/urls.ts';

/** The index of every code page, built once from the catalog (also behind /api/resolver.json). */
export async function buildSiteCodeIndex() {
  const { replies, enhanced } = await getCatalog();
  const entries = [...new Map(enhanced.map((p) => [p.entry.id, p.entry])).values()];
  return buildCodeIndex(
    replies.map(({ entry: { data } }) => ({
      code: data.code,
      title: data.title,
      summary: data.summary,
      related: data.related.map((r) => r.id),
      enhanced: data.enhanced,
      unofficial: data.unofficial?.seenFrom.join(', '),
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
    })),
    (code) => withBase(import.meta.env.BASE_URL, codePath(code)),
    (r, c) => buildCrossLinks(r, c, compareCodes),
    compareCodes,
  );
}

/** Every code page as JSON, for scripts; the explain CLI builds the same index from the content files. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSiteCodeIndex()), { headers: { 'Content-Type': 'application/json' } });
