import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { buildCodeIndex } from '../../lib/codeIndex.ts';
import { buildCrossLinks } from '../../lib/crossLinks.ts';
import { compareCodes } from '../../lib/replyCode.ts';
import { codePath, withBase } from '../../lib/urls.ts';

/** Every code page as JSON: what the in-page search, the explain CLI and scripts read. */
export const GET: APIRoute = async () => {
  const { replies, enhanced } = await getCatalog();
  const entries = [...new Map(enhanced.map((p) => [p.entry.id, p.entry])).values()];
  const index = buildCodeIndex(
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
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
