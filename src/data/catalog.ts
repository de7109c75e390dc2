/**
 * The one place that reads the content collections and derives everything pages need:
 * class, outcome, bounce type and action are computed here from the code, never stored.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { actionFor, type Action, type Category } from '../lib/advice.ts';
import { buildCrossLinks } from '../lib/crossLinks.ts';
import { concreteCodes, enhancedClassOf, subjectOf, type EnhancedClass } from '../lib/enhancedCode.ts';
import { bounceOfOutcome, compareCodes, outcomeOfClass, replyClassDigit, type BounceType, type Outcome, type ReplyClassDigit } from '../lib/replyCode.ts';
import registry from './smtp-enhanced-status-codes.json';

export type ReplyEntry = CollectionEntry<'replies'>;
export type EnhancedEntry = CollectionEntry<'enhanced'>;

export interface ReplyPage {
  kind: 'reply';
  code: string;
  classDigit: ReplyClassDigit;
  outcome: Outcome;
  bounce: BounceType;
  action: Action;
  entry: ReplyEntry;
  enhancedLinks: string[];
}

export interface EnhancedPage {
  kind: 'enhanced';
  code: string;
  classDigit: EnhancedClass;
  subject: string;
  outcome: Outcome;
  bounce: BounceType;
  action: Action;
  entry: EnhancedEntry;
  /** The other classes of the same entry, e.g. 4.2.2 for 5.2.2. */
  siblings: string[];
  replyLinks: string[];
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
    enhancedConcrete.map((p) => ({ code: p.code, replyCodes: p.entry.data.replyCodes })),
    compareCodes,
  );

  const replies: ReplyPage[] = replyEntries.map((entry) => {
    const classDigit = replyClassDigit(entry.data.code);
    const outcome = outcomeOfClass(classDigit);
    return {
      kind: 'reply',
      code: entry.data.code,
      classDigit,
      outcome,
      bounce: bounceOfOutcome(outcome),
      action: actionFor(outcome, entry.data.category as Category),
      entry,
      enhancedLinks: links.enhancedForReply.get(entry.data.code) ?? [],
    };
  });

  const enhanced: EnhancedPage[] = enhancedConcrete.map(({ code, entry }) => {
    const classDigit = enhancedClassOf(code);
    const outcome = outcomeOfClass(classDigit);
    return {
      kind: 'enhanced',
      code,
      classDigit,
      subject: subjectOf(code),
      outcome,
      bounce: bounceOfOutcome(outcome),
      action: actionFor(outcome, entry.data.category as Category),
      entry,
      siblings: concreteCodes(entry.data.code, entry.data.classes).filter((c) => c !== code),
      replyLinks: links.repliesForEnhanced.get(code) ?? [],
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

export async function getCodePage(code: string): Promise<CodePage | undefined> {
  return (await getCodePages()).find((p) => p.code === code);
}

/** The registry's subject sub-codes (X.1.X addressing …), for the index and page anatomy. */
export const subjects: Subject[] = registry
  .filter((r) => r.kind === 'subject')
  .map((r) => ({ digit: r.code.split('.')[1]!, title: r.title, meaning: r.meaning }));

export function subjectInfo(digit: string): Subject | undefined {
  return subjects.find((s) => s.digit === digit);
}

export function titleOf(page: CodePage): string {
  return page.entry.data.title;
}
