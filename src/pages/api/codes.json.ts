import type { APIRoute } from 'astro';
import { getCodePages } from '../../data/catalog.ts';
import type { CodeIndex } from '../../lib/codeIndex.ts';
import { codePath, withBase } from '../../lib/urls.ts';

/** Every code page as JSON: what the in-page search, the explain CLI and scripts read. */
export const GET: APIRoute = async () => {
  const pages = await getCodePages();
  const base = import.meta.env.BASE_URL;
  const index: CodeIndex = {
    version: 1,
    codes: pages.map((p) => ({
      code: p.code,
      kind: p.kind,
      title: p.entry.data.title,
      summary: p.entry.data.summary,
      class: p.classDigit,
      bounce: p.bounce,
      url: withBase(base, codePath(p.code)),
      related: p.kind === 'reply' ? [...p.entry.data.related.map((r) => r.id), ...p.enhancedLinks] : [...p.siblings, ...p.replyLinks],
      ...(p.kind === 'reply' && p.entry.data.unofficial ? { unofficial: p.entry.data.unofficial.seenFrom.join(', ') } : {}),
      ...(p.kind === 'enhanced' && p.entry.data.vendor ? { unofficial: p.entry.data.vendor.name } : {}),
    })),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
