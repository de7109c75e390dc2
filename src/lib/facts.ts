/**
 * The fact model of one code: what happens to the message, what the sender should do, and
 * which commands it answers. Class rules (RFC 5321 §4.2.1, RFC 3463 §3.1) are the defaults;
 * a per-code declaration in the entry's frontmatter (`facts:`, each value with its `source`)
 * overrides them. Every generated sentence about a code reads these facts and nothing else,
 * so a sentence can never claim more than the facts hold.
 */
import { actionFor, type Action, type Category } from './advice.ts';
import { stagesFor, type Stage } from './commandReplies.ts';
import type { BounceType, Outcome } from './replyCode.ts';

/**
 * What happens to the message: nothing failed; nothing happens to it (the session goes on);
 * deferred and retried by the sending server; returned to the sender; or it depends on the
 * command the code answered (a 502 to VRFY costs nothing, a 500 to MAIL FROM stops that message).
 */
export type Fate = 'delivered' | 'continues' | 'deferred' | 'returned' | 'depends';
export const FATES: readonly Fate[] = ['delivered', 'continues', 'deferred', 'returned', 'depends'];

/** The parts of a reply that decide its meaning when the code alone does not. */
export type Deciding = 'command' | 'enhanced code' | 'reply text' | 'report' | 'client';
export const DECIDING: readonly Deciding[] = ['command', 'enhanced code', 'reply text', 'report', 'client'];

/** A value with where it comes from; `declared` marks a per-code override of the class rule. */
export interface Sourced<T> {
  value: T;
  source: string;
  declared: boolean;
  /** Set when `value` is "depends": the part of the reply that decides. */
  decidedBy?: Deciding[];
  /** One sentence the page shows next to the value (declared overrides only). */
  note?: string;
}

/** The frontmatter `facts:` block, as the schemas accept it. */
export interface DeclaredValue<T> {
  value: T;
  decidedBy?: Deciding[];
  note?: string;
  source: string;
  /** Enhanced entries: the classes it holds for; every class when absent. */
  classes?: string[];
}

export interface DeclaredFacts {
  fate?: DeclaredValue<Fate>;
  action?: DeclaredValue<Action>;
  /** Extra commands the code answers, beyond the RFC 5321 §4.3.2 table (e.g. from a vendor's documentation). */
  stages?: { add: Stage[]; source: string };
}

export interface CodeFactModel {
  code: string;
  kind: 'reply' | 'enhanced';
  outcome: Outcome;
  fate: Sourced<Fate>;
  action: Sourced<Action>;
  /** Commands the code answers. */
  stages: Stage[];
  /**
   * True when `stages` is the complete list a standard gives (reply codes: RFC 5321 §4.3.2 and
   * extensions), so a stage missing from it is excluded. Enhanced codes only have stages seen
   * in their own log lines or declared, which never excludes anything.
   */
  stagesComplete: boolean;
  stageSource: string;
  /** The bounce type the fate implies; "depends" where the fate does. */
  bounce: BounceType | 'depends';
}

const CLASS_FATE: Record<Outcome, Fate> = {
  success: 'delivered',
  intermediate: 'continues',
  transient: 'deferred',
  permanent: 'returned',
};

/** The bounce badge a fate implies. */
export function bounceOfFate(fate: Fate): BounceType | 'depends' {
  switch (fate) {
    case 'delivered':
    case 'continues':
      return 'none';
    case 'deferred':
      return 'soft';
    case 'returned':
      return 'hard';
    case 'depends':
      return 'depends';
  }
}

/** What the class alone implies, before any declaration (the "class default" of a page). */
export function classDefaults(outcome: Outcome, category: Category): { fate: Fate; action: Action; bounce: BounceType } {
  const fate = CLASS_FATE[outcome];
  return { fate, action: actionFor(outcome, category), bounce: bounceOfFate(fate) as BounceType };
}

const CLASS_SOURCE = { reply: 'RFC 5321 §4.2.1 (class of the reply)', enhanced: 'RFC 3463 §3.1 (class of the status code)' } as const;

/**
 * "Other or undefined" details (X.N.0, RFC 3463 §3) say only that something in the subject
 * failed: what to do with a permanent one is in the words of the reply.
 */
function isUndefinedDetail(code: string): boolean {
  return /^[245]\.\d{1,3}\.0$/.test(code);
}

export interface FactInput {
  code: string;
  kind: 'reply' | 'enhanced';
  outcome: Outcome;
  category: Category;
  declared?: DeclaredFacts;
  /** Commands named in the code's own log lines ("in reply to RCPT TO command"). */
  observedStages?: readonly Stage[];
}

function sourced<T>(value: T, source: string, declared: boolean, decidedBy?: Deciding[], note?: string): Sourced<T> {
  return { value, source, declared, ...(decidedBy && decidedBy.length > 0 ? { decidedBy } : {}), ...(note ? { note } : {}) };
}

export function factModel(input: FactInput): CodeFactModel {
  const defaults = classDefaults(input.outcome, input.category);
  const all = input.declared ?? {};
  const classDigit = input.code[0]!;
  const forClass = <T,>(v: DeclaredValue<T> | undefined) => (v && (!v.classes || v.classes.includes(classDigit)) ? v : undefined);
  const d = { fate: forClass(all.fate), action: forClass(all.action), stages: all.stages };
  const classSource = CLASS_SOURCE[input.kind];

  const fate = d.fate ? sourced(d.fate.value, d.fate.source, true, d.fate.decidedBy, d.fate.note) : sourced(defaults.fate, classSource, false);

  let action: Sourced<Action>;
  if (d.action) action = sourced(d.action.value, d.action.source, true, d.action.decidedBy, d.action.note);
  else if (input.kind === 'enhanced' && input.outcome === 'permanent' && isUndefinedDetail(input.code))
    action = sourced<Action>('depends', 'RFC 3463 §3 (detail 0: other or undefined)', false, ['reply text']);
  else action = sourced(defaults.action, `${classSource} and its category`, false);

  const observed = input.observedStages ?? [];
  const added = d.stages?.add ?? [];
  let stages: Stage[];
  let stageSource: string;
  if (input.kind === 'reply') {
    const table = stagesFor(input.code);
    stages = [...new Set([...table, ...added, ...observed])];
    stageSource = ['RFC 5321 §4.3.2', ...(added.length ? [d.stages!.source] : []), ...(observed.some((s) => !table.includes(s)) ? ['log lines on its page'] : [])].join('; ');
  } else {
    stages = [...new Set([...added, ...observed])];
    stageSource = [...(added.length ? [d.stages!.source] : []), ...(observed.length ? ['log lines on its page'] : [])].join('; ');
  }
  return {
    code: input.code,
    kind: input.kind,
    outcome: input.outcome,
    fate,
    action,
    stages,
    stagesComplete: input.kind === 'reply' && stagesFor(input.code).length > 0,
    stageSource,
    bounce: bounceOfFate(fate.value),
  };
}

/**
 * The bounce type of one concrete code as its page states it: a declared fate (for this class)
 * overrides the class default, so 502 is "depends", not "hard". Used by /api/codes.json, the
 * search box's best match and the CLI, so they say what the page says.
 */
export function bounceOfCode(code: string, declared: DeclaredFacts | undefined): BounceType | 'depends' {
  const fate = declared?.fate;
  if (fate && (!fate.classes || fate.classes.includes(code[0]!))) return bounceOfFate(fate.value);
  return code[0] === '5' ? 'hard' : code[0] === '4' ? 'soft' : 'none';
}

/**
 * The severity a page shows: a success form (2.x.x) is never a problem, whatever severity the
 * shared entry gives its failing forms (X.5.0 is "medium" as 5.5.0, not as 2.5.0).
 */
export function severityFor(declared: string, outcome: Outcome): string {
  return outcome === 'success' ? 'info' : declared;
}

/** Problems with a declaration itself (checked at build time, reported with the file). */
export function declarationProblems(d: DeclaredFacts | undefined): string[] {
  if (!d) return [];
  const out: string[] = [];
  for (const key of ['fate', 'action'] as const) {
    const v = d[key];
    if (!v) continue;
    if (v.value === 'depends' && !(v.decidedBy && v.decidedBy.length > 0)) out.push(`facts.${key}: "depends" must name what decides it (decidedBy)`);
    if (v.value === 'depends' && !v.note) out.push(`facts.${key}: "depends" needs a note that says how it depends`);
  }
  return out;
}
