import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type CodePage } from '../../../data/catalog.ts';
import { actionText } from '../../../ui/factText.ts';
import { codePath, withBase } from '../../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { replies, enhanced } = await getCatalog();
  return [...replies, ...enhanced].map((page) => ({ params: { code: page.code }, props: { page } }));
};

/** One code in full, for scripts: the index record's facts plus the page's lists. */
export const GET: APIRoute = ({ props }) => {
  const page = (props as { page: CodePage }).page;
  const d = page.entry.data;
  const body = {
    code: page.code,
    kind: page.kind,
    title: d.title,
    summary: d.summary,
    class: page.classDigit,
    outcome: page.outcome,
    bounce: page.bounce,
    action: page.action,
    whatToDo: actionText(page.facts.action),
    fate: page.facts.fate,
    actionFact: page.facts.action,
    stages: page.facts.stages,
    stagesComplete: page.facts.stagesComplete,
    category: d.category,
    severity: d.severity,
    standards: d.standards,
    url: withBase(import.meta.env.BASE_URL, codePath(page.code)),
    logLines: d.logLines,
    causes: d.causes,
    fixes: d.fixes,
    faq: d.faq,
    related: page.kind === 'reply' ? d.related.map((r) => (r as { id: string }).id) : page.siblings,
    ...(page.kind === 'reply' ? { enhanced: page.enhancedLinks } : { replyCodes: page.replyLinks }),
    reviewed: d.reviewed.date.toISOString().slice(0, 10),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
