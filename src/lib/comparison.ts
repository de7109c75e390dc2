/**
 * Comparison pages: which pairs exist, their canonical order, and the structured differences
 * between two codes. Sentences are made from these facts in src/ui (one language, one place).
 */
import type { Action, Category } from './advice.ts';
import { coversStage, type Stage } from './commandReplies.ts';
import type { Deciding, Fate, Sourced } from './facts.ts';
import { compareCodes, type BounceType, type Outcome, type ReplyGroup } from './replyCode.ts';

export interface CodeFacts {
  code: string;
  kind: 'reply' | 'enhanced';
  title: string;
  summary: string;
  outcome: Outcome;
  bounce: BounceType | 'depends';
  action: Action;
  /** What happens to the message, with its source (src/lib/facts.ts). */
  fate?: Sourced<Fate>;
  actionFact?: Sourced<Action>;
  category: Category;
  severity: string;
  /** Formatted standards ("RFC 5321 §4.2.3"); empty for unofficial or vendor codes. */
  standards: string[];
  /** Commands the code answers: its own facts only, never those of codes it is paired with. */
  stages: Stage[];
  /** True when `stages` is a standard's complete list, so a missing stage is excluded. */
  stagesComplete?: boolean;
  /** Where `stages` comes from ("RFC 5321 §4.3.2; log lines on its page"). */
  stageSource?: string;
  causes: string[];
  senderFixes: string[];
  /** Reply pages: enhanced codes seen with it. Enhanced pages: reply codes it arrives with (evidence). */
  companions: string[];
  group?: ReplyGroup;
  subject?: string;
  /** The registry's name of the subject ("Security or Policy Status"), enhanced codes only. */
  subjectTitle?: string;
  /** The registry allows any reply code with it (X.0.0): a reply code says nothing about which one you have. */
  anyReply?: boolean;
  unofficial?: string;
}

export type Difference =
  | { kind: 'fate'; a: Fate; b: Fate }
  | { kind: 'class'; a: Outcome; b: Outcome; fate: Fate }
  | { kind: 'category'; a: Category; b: Category }
  | { kind: 'stages'; onlyA: Stage[]; onlyB: Stage[]; shared: Stage[] }
  /** Commands seen in log lines or documents where neither list is complete: a difference in evidence, never an exclusion. */
  | { kind: 'seenStages'; a: Stage[]; b: Stage[] }
  | { kind: 'action'; a: Action; b: Action }
  | { kind: 'severity'; a: string; b: string }
  | { kind: 'standard'; a: string[]; b: string[] }
  | { kind: 'group'; a: ReplyGroup; b: ReplyGroup }
  | { kind: 'subject'; a: string; b: string }
  | { kind: 'companions'; onlyA: string[]; onlyB: string[]; shared: string[] }
  /** The facts do not tell the two apart (fewer than two real differences): what decides instead. */
  | { kind: 'undecided'; deciding: Deciding[]; realCount: number };

/** Differences that tell a reader something about the codes; severity and standard only add colour. */
export const REAL_DIFFERENCES: ReadonlySet<Difference['kind']> = new Set(['fate', 'class', 'category', 'stages', 'seenStages', 'action', 'group', 'subject', 'companions']);

/** The lower code first: /smtp/334-vs-502/, /smtp/4.2.2-vs-5.2.2/. */
export function canonicalPair(x: string, y: string): [string, string] {
  if (x === y) throw new Error(`cannot compare ${x} with itself`);
  return compareCodes(x, y) <= 0 ? [x, y] : [y, x];
}

export function pairSlug(x: string, y: string): string {
  const [a, b] = canonicalPair(x, y);
  return `${a}-vs-${b}`;
}

/** Parses "334-vs-502"; null unless both halves look like codes. */
export function parsePairSlug(slug: string): [string, string] | null {
  const m = /^([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})-vs-([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})$/.exec(slug);
  return m && m[1] !== m[2] ? [m[1]!, m[2]!] : null;
}

/**
 * Reads "550 vs 554", "5.1.1 or 5.1.2", "421 / 450" typed into the search box: the two codes
 * of a comparison the reader asks for, else null.
 */
export function parseComparisonQuery(text: string): [string, string] | null {
  const m = /^\s*([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})\s*(?:vs\.?|versus|or|and|\/|-vs-)\s*([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})\s*\??\s*$/i.exec(text.slice(0, 200));
  return m && m[1] !== m[2] ? [m[1]!, m[2]!] : null;
}

/** Whether two codes get a comparison page under the rules of `allPairs` (given that both have pages). */
export function isComparablePair(x: string, y: string): boolean {
  if (x === y) return false;
  const ex = x.split('.');
  const ey = y.split('.');
  if (ex.length === 1 && ey.length === 1) return true;
  if (ex.length !== 3 || ey.length !== 3) return false;
  if (ex[0] === ey[0]) return ex[1] === ey[1];
  return ex[1] === ey[1] && ex[2] === ey[2] && [ex[0], ey[0]].sort().join() === '4,5';
}

/**
 * Every pair that gets a page: all reply-code pairs; enhanced pairs within one subject and
 * one class; and each enhanced code's 4.x.x vs 5.x.x pair.
 */
export function allPairs(replyCodes: readonly string[], enhancedCodes: readonly string[]): [string, string][] {
  // Quadratic over ~200 codes (~20k checks): cheap, and the pairing rule lives only in isComparablePair.
  const codes = [...replyCodes, ...enhancedCodes].sort(compareCodes);
  const pairs: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) if (isComparablePair(codes[i]!, codes[j]!)) pairs.push([codes[i]!, codes[j]!]);
  }
  return pairs;
}

const fateOf = (f: CodeFacts): Fate =>
  f.fate?.value ?? ({ success: 'delivered', intermediate: 'continues', transient: 'deferred', permanent: 'returned' } as const)[f.outcome];

/**
 * Stages one code answers that the other's facts exclude. Only when both lists are a standard's
 * complete list: a stage missing from an enhanced code's evidence excludes nothing. "Any command"
 * (500, 501, 421) covers every command of the other code, so no "only" is said against it.
 */
export function stageSplit(a: CodeFacts, b: CodeFacts): { onlyA: Stage[]; onlyB: Stage[]; shared: Stage[] } | null {
  if (!a.stagesComplete || !b.stagesComplete) return null;
  const onlyA = a.stages.filter((s) => !coversStage(b.stages, s));
  const onlyB = b.stages.filter((s) => !coversStage(a.stages, s));
  const shared = [...new Set([...a.stages, ...b.stages])].filter((s) => s !== 'any command' && coversStage(a.stages, s) && coversStage(b.stages, s));
  return { onlyA, onlyB, shared };
}

/** Both have commands on record and they are the same ones (complete lists or not). */
function sameStages(a: CodeFacts, b: CodeFacts): boolean {
  return a.stages.length > 0 && [...a.stages].sort().join() === [...b.stages].sort().join();
}

/** A declared note that says more than the value ("depends" on what, and how). */
const declaredNote = (f: Sourced<unknown> | undefined) => (f?.declared ? (f.note ?? '') : '');

/**
 * Codes whose entry says their meaning rests on the words of the reply (550, 554, 451, 5.7.1 …)
 * or that have no area at all (X.0.0): their filing category is no fact to compare.
 */
function noArea(f: CodeFacts): boolean {
  return (f.kind === 'enhanced' && f.subject === '0') || (f.actionFact?.value === 'depends' && !!f.actionFact.decidedBy?.includes('reply text'));
}

/**
 * The companions `self` was recorded with whose detail `other` lacks in every class, or null where
 * companions tell nothing apart: one side has none on record ("none recorded" is no fact), or one
 * may follow any reply (X.0.0). 452 with 4.2.2 and 552 with 5.2.2 is the class digit again, not a
 * difference in what came with them.
 */
export function ownCompanions(self: CodeFacts, other: CodeFacts): string[] | null {
  if (self.companions.length === 0 || other.companions.length === 0 || self.anyReply || other.anyReply) return null;
  const detailKey = (c: string) => (c.includes('.') ? c.slice(1) : c);
  const otherKeys = new Set(other.companions.map(detailKey));
  return self.companions.filter((c) => !otherKeys.has(detailKey(c)));
}

/** What decides between two codes the facts cannot separate: what their own facts name, else the usual parts. */
export function decidingEvidence(a: CodeFacts, b: CodeFacts): Deciding[] {
  const named = [...(a.actionFact?.decidedBy ?? []), ...(b.actionFact?.decidedBy ?? []), ...(a.fate?.decidedBy ?? []), ...(b.fate?.decidedBy ?? [])];
  const usual: Deciding[] = ['reply text'];
  // The command decides only where the two answer different ones; an enhanced code only follows a failure.
  const split = stageSplit(a, b);
  const sameCommands = (split !== null && split.onlyA.length === 0 && split.onlyB.length === 0) || sameStages(a, b);
  if (a.kind === 'reply' && b.kind === 'reply' && !sameCommands) usual.push('command');
  if (a.kind === 'reply' && b.kind === 'reply' && /^[45]/.test(a.code) && /^[45]/.test(b.code)) usual.push('enhanced code');
  const order: Deciding[] = ['command', 'enhanced code', 'reply text', 'report', 'client'];
  const set = new Set<Deciding>([...named, ...usual]);
  return order.filter((d) => set.has(d));
}

/**
 * The differences that matter, most telling first: what happens to the message, else the
 * category, the commands answered, the action, the standard. Never "both are 5xx" alone, never
 * a property both codes share, and when fewer than two real differences remain, a plain
 * "the facts do not tell them apart" entry naming what does.
 */
export function differences(a: CodeFacts, b: CodeFacts): Difference[] {
  const out: Difference[] = [];
  const fa = fateOf(a);
  const fb = fateOf(b);
  // Two "depends" are the same fate only when they depend the same way.
  if (fa !== fb || (fa === 'depends' && declaredNote(a.fate) !== declaredNote(b.fate))) out.push({ kind: 'fate', a: fa, b: fb });
  else if (a.outcome !== b.outcome) out.push({ kind: 'class', a: a.outcome, b: b.outcome, fate: fa });
  if (a.kind === 'enhanced' && b.kind === 'enhanced' && a.subject && b.subject) {
    // Same subject, different detail is no difference worth a sentence: it restates the two titles.
    if (a.subject !== b.subject) out.push({ kind: 'subject', a: a.subject, b: b.subject });
  }
  if (a.category !== b.category && !noArea(a) && !noArea(b)) out.push({ kind: 'category', a: a.category, b: b.category });
  const stages = stageSplit(a, b);
  if (stages && (stages.onlyA.length > 0 || stages.onlyB.length > 0)) out.push({ kind: 'stages', ...stages });
  else if (!stages && a.kind === 'enhanced' && b.kind === 'enhanced' && a.stages.length > 0 && b.stages.length > 0 && !sameStages(a, b)) {
    out.push({ kind: 'seenStages', a: a.stages, b: b.stages });
  }
  // The same action value with different declared notes ("fix and resend" a login vs a list's setting) is a difference too.
  if (a.action !== b.action || declaredNote(a.actionFact) !== declaredNote(b.actionFact)) out.push({ kind: 'action', a: a.action, b: b.action });
  // RFC 5321's digit groups say nothing about codes outside it (522 is a vendor's "mailbox full").
  // "A group RFC 5321 leaves unassigned" says nothing about either code.
  if (a.group && b.group && a.group !== b.group && !a.unofficial && !b.unofficial && a.group !== 'unspecified' && b.group !== 'unspecified') {
    out.push({ kind: 'group', a: a.group, b: b.group });
  }
  const onlyA = ownCompanions(a, b);
  const onlyB = ownCompanions(b, a);
  if (onlyA && onlyB && (onlyA.length > 0 || onlyB.length > 0)) {
    out.push({ kind: 'companions', onlyA, onlyB, shared: a.companions.filter((c) => b.companions.includes(c)) });
  }
  if (a.severity !== b.severity) out.push({ kind: 'severity', a: a.severity, b: b.severity });
  if (a.standards.join() !== b.standards.join()) out.push({ kind: 'standard', a: a.standards, b: b.standards });
  const realCount = out.filter((d) => REAL_DIFFERENCES.has(d.kind)).length;
  if (realCount < 2) out.push({ kind: 'undecided', deciding: decidingEvidence(a, b), realCount });
  return out;
}
