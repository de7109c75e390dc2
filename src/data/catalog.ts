/**
 * The one place that reads the content collections and derives everything pages need:
 * class, outcome, bounce type and action are computed here from the code, never stored.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Action, Category } from '../lib/advice.ts';
import { buildCrossLinks } from '../lib/crossLinks.ts';
import { crossLinkEvidence } from '../lib/codeIndex.ts';
import { factModel, severityFor, type CodeFactModel, type DeclaredFacts } from '../lib/facts.ts';
import { itemsForClass } from '../lib/classItems.ts';
import { observedStages } from '../lib/factsEvidence.ts';
import { registryAnyReply, registryReplyCodes } from '../lib/registry.ts';
import { concreteCodes, enhancedClassOf, subjectOf, type EnhancedClass } from '../lib/enhancedCode.ts';
import { compareCodes, outcomeOfClass, replyClassDigit, replyGroup, type BounceType, type Outcome, type ReplyClassDigit } from '../lib/replyCode.ts';
import registry from './smtp-enhanced-status-codes.json';
import { allPairs, canonicalPair, pairSlug, type CodeFacts } from '../lib/comparison.ts';
import { checkComparisonFiles } from '../lib/contentChecks.ts';
import { formatStandard } from '../ui/strings.ts';

export type ReplyEntry = CollectionEntry<'replies'>;
export type EnhancedEntry = CollectionEntry<'enhanced'>;

export interface ReplyPage {
  kind: 'reply';
  code: string;
  classDigit: ReplyClassDigit;
  outcome: Outcome;
  /** From the fact model: the fate's bounce type, "depends" where the fate depends on the command. */
  bounce: BounceType | 'depends';
  action: Action;
  facts: CodeFactModel;
  entry: ReplyEntry;
  enhancedLinks: string[];
}

export interface EnhancedPage {
  kind: 'enhanced';
  code: string;
  classDigit: EnhancedClass;
  subject: string;
  outcome: Outcome;
  bounce: BounceType | 'depends';
  action: Action;
  facts: CodeFactModel;
  entry: EnhancedEntry;
  /** The other classes of the same entry, e.g. 4.2.2 for 5.2.2. */
  siblings: string[];
  replyLinks: string[];
  /** Set when no reply code is recorded with this class: the sibling class's reply codes. */
  replyLinksViaSibling?: { via: string; replies: string[] };
}

export type CodePage = ReplyPage | EnhancedPage;

export interface Subject {
  digit: string;
  title: string;
  meaning: string;
}

let cache: Promise<{ replies: ReplyPage[]; enhanced: EnhancedPage[] }> | undefined;

async function load() {
  const replyEntries = (await getCollection('replies')).sort((a, b) => compareCodes(a.data.code, b.data.code));
  const enhancedEntries = (await getCollection('enhanced')).sort((a, b) => compareCodes(a.data.code, b.data.code));

  const enhancedConcrete = enhancedEntries.flatMap((entry) =>
    concreteCodes(entry.data.code, entry.data.classes).map((code) => ({ code, entry })),
  );
  const links = buildCrossLinks(
    replyEntries.map((e) => ({ code: e.data.code, enhanced: e.data.enhanced })),
    enhancedConcrete.map((p) => ({ code: p.code, replyCodes: p.entry.data.replyCodes, registryReplyCodes: registryReplyCodes(p.entry.data.code) })),
    compareCodes,
    crossLinkEvidence(
      replyEntries.map((e) => ({ code: e.data.code, title: '', summary: '', related: [], enhanced: [], logLines: e.data.logLines })),
      enhancedEntries.map((e) => ({ code: e.data.code, classes: e.data.classes, title: '', summary: '', related: [], replyCodes: [], detailRange: e.data.detailRange, logLines: e.data.logLines })),
    ),
  );

  const replies: ReplyPage[] = replyEntries.map((entry) => {
    const classDigit = replyClassDigit(entry.data.code);
    const outcome = outcomeOfClass(classDigit);
    const facts = factModel({
      code: entry.data.code,
      kind: 'reply',
      outcome,
      category: entry.data.category as Category,
      declared: entry.data.facts as DeclaredFacts | undefined,
      observedStages: observedStages(entry.data.logLines),
    });
    return {
      kind: 'reply',
      code: entry.data.code,
      classDigit,
      outcome,
      bounce: facts.bounce,
      action: facts.action.value,
      facts,
      entry,
      enhancedLinks: links.enhancedForReply.get(entry.data.code) ?? [],
    };
  });

  const enhanced: EnhancedPage[] = enhancedConcrete.map(({ code, entry }) => {
    const classDigit = enhancedClassOf(code);
    const outcome = outcomeOfClass(classDigit);
    const facts = factModel({
      code,
      kind: 'enhanced',
      outcome,
      category: entry.data.category as Category,
      declared: entry.data.facts as DeclaredFacts | undefined,
      observedStages: observedStages(entry.data.logLines, classDigit),
    });
    const viaSibling = links.viaSibling.get(code);
    return {
      kind: 'enhanced',
      code,
      classDigit,
      subject: subjectOf(code),
      outcome,
      bounce: facts.bounce,
      action: facts.action.value,
      facts,
      entry,
      siblings: concreteCodes(entry.data.code, entry.data.classes).filter((c) => c !== code),
      replyLinks: links.repliesForEnhanced.get(code) ?? [],
      ...(viaSibling ? { replyLinksViaSibling: viaSibling } : {}),
    };
  });
  return { replies, enhanced };
}

export function getCatalog() {
  cache ??= load();
  return cache;
}

export async function getCodePages(): Promise<CodePage[]> {
  const { replies, enhanced } = await getCatalog();
  return [...replies, ...enhanced];
}

/** The registry's subject sub-codes (X.1.X addressing …), for the index and page anatomy. */
export const subjects: Subject[] = registry
  .filter((r) => r.kind === 'subject')
  .map((r) => ({ digit: r.code.split('.')[1]!, title: r.title, meaning: r.meaning }));

export function subjectInfo(digit: string): Subject | undefined {
  return subjects.find((s) => s.digit === digit);
}

/** The facts a comparison needs about one code page: its fact model, never a paired code's. */
export function factsOf(page: CodePage, _byCode?: ReadonlyMap<string, CodePage>): CodeFacts {
  const d = page.entry.data;
  const companions = page.kind === 'reply' ? page.enhancedLinks : page.replyLinks;
  return {
    code: page.code,
    kind: page.kind,
    title: d.title,
    summary: d.summary,
    outcome: page.outcome,
    bounce: page.bounce,
    action: page.action,
    fate: page.facts.fate,
    actionFact: page.facts.action,
    category: d.category as Category,
    severity: severityFor(d.severity, page.outcome),
    standards: d.standards.map((s) => formatStandard(s.rfc, s.section)),
    stages: page.facts.stages,
    stagesComplete: page.facts.stagesComplete,
    stageSource: page.facts.stageSource,
    // One entry serves 4.x.x and 5.x.x: only items that hold for this class, its own first.
    causes: itemsForClass(d.causes, page.code),
    senderFixes: itemsForClass(d.fixes.senders, page.code),
    companions,
    group: page.kind === 'reply' ? replyGroup(page.code) : undefined,
    subject: page.kind === 'enhanced' ? page.subject : undefined,
    subjectTitle: page.kind === 'enhanced' ? subjectInfo(page.subject)?.title : undefined,
    anyReply: page.kind === 'enhanced' && registryAnyReply(page.entry.data.code),
    unofficial: page.kind === 'reply' ? page.entry.data.unofficial?.seenFrom.join(', ') : page.entry.data.vendor?.name,
  };
}

export interface ComparisonPage {
  a: CodePage;
  b: CodePage;
  curated?: CollectionEntry<'comparisons'>;
}

let comparisonCache: Promise<ComparisonPage[]> | undefined;

/**
 * Every comparison page, with its curated narrative where one exists. A curated file naming a
 * code without a page fails the build here, with the file named.
 */
export function getComparisons(): Promise<ComparisonPage[]> {
  comparisonCache ??= (async () => {
    const pages = await getCodePages();
    const byCode = new Map(pages.map((p) => [p.code, p]));
    const curated = await getCollection('comparisons');
    const problems = checkComparisonFiles(
      curated.map((c) => ({ id: c.id, filePath: c.filePath ?? c.id, a: c.data.a, b: c.data.b, body: c.body ?? '' })),
      new Set(byCode.keys()),
      pairSlug,
    );
    if (problems.length > 0) throw new Error(`Invalid content in content/comparisons:\n  - ${problems.join('\n  - ')}`);
    const curatedBySlug = new Map(curated.map((c) => [c.id, c]));
    const pairs = allPairs(
      pages.filter((p) => p.kind === 'reply').map((p) => p.code),
      pages.filter((p) => p.kind === 'enhanced').map((p) => p.code),
    );
    // Curated pairs outside the generated set (e.g. 5.7.1 vs 5.7.26 is inside; 550 vs 5.1.1 would not be) still get a page.
    const slugs = new Set(pairs.map(([a, b]) => pairSlug(a, b)));
    for (const c of curated) if (!slugs.has(c.id)) pairs.push(canonicalPair(c.data.a, c.data.b));
    return pairs.map(([a, b]) => ({ a: byCode.get(a)!, b: byCode.get(b)!, curated: curatedBySlug.get(pairSlug(a, b)) }));
  })();
  return comparisonCache;
}

/** Curated pairs first, then the entry's related codes: the "often confused with" list of a page. */
export async function oftenConfusedWith(page: CodePage): Promise<string[]> {
  const curated = await getCollection('comparisons');
  const fromCurated = curated.flatMap((c) => (c.data.a === page.code ? [c.data.b] : c.data.b === page.code ? [c.data.a] : []));
  const fromEntry = page.kind === 'reply' ? page.entry.data.related.map((r) => r.id) : page.siblings;
  return [...new Set([...fromCurated, ...fromEntry])];
}

let partnersCache: Promise<Map<string, string[]>> | undefined;

/** For each code, the codes it has a comparison page with, in code order. */
export function comparisonPartners(): Promise<Map<string, string[]>> {
  partnersCache ??= getComparisons().then((pairs) => {
    const map = new Map<string, string[]>();
    for (const { a, b } of pairs) {
      map.set(a.code, [...(map.get(a.code) ?? []), b.code]);
      map.set(b.code, [...(map.get(b.code) ?? []), a.code]);
    }
    for (const list of map.values()) list.sort(compareCodes);
    return map;
  });
  return partnersCache;
}
