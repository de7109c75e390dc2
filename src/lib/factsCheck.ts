/**
 * The consistency check: generated text must not contradict the declared facts of a code or
 * the hand-written text beside it. Pure rules over what a built page shows (tests/site reads
 * dist/ and the content files into these shapes); each returns human-readable problems.
 */
import { ANY_COMMAND_CODES, coversStage, STAGES, type Stage } from './commandReplies.ts';
import { bounceOfFate, type DeclaredFacts } from './facts.ts';
import { lineClass } from './factsEvidence.ts';
import { REAL_DIFFERENCES } from './comparison.ts';

/** What a built code page shows, and what its entry declares and says by hand. */
export interface CodePageView {
  code: string;
  kind: 'reply' | 'enhanced';
  /** The bounce type the page shows: none | soft | hard | depends. */
  bounce: string;
  /** The action the page shows: none | continue | retry | fix-and-resend | suppress | depends. */
  action: string;
  /** The "What to do" text as shown. */
  actionText: string;
  /** Log lines shown under "What it looks like in your logs". */
  logLines: string[];
  /** The entry's declared facts (frontmatter `facts:`), if any. */
  declared?: DeclaredFacts;
  /** Hand-written text of the entry: summary, fixes, FAQ answers. */
  handWritten: string;
}

const CLASS_BOUNCE: Record<string, string> = { '2': 'none', '3': 'none', '4': 'soft', '5': 'hard' };

/** The badge follows the declared fate (or the class where nothing is declared), and never says "hard" where the entry says the session goes on. */
export function checkBadge(page: CodePageView): string[] {
  const out: string[] = [];
  const declared = page.declared?.fate;
  const applies = declared && (!declared.classes || declared.classes.includes(page.code[0]!));
  const expected = applies ? bounceOfFate(declared.value) : CLASS_BOUNCE[page.code[0]!];
  if (page.bounce !== expected) out.push(`${page.code}: bounce badge "${page.bounce}" but its ${applies ? `declared fate "${declared.value}"` : 'class'} means "${expected}"`);
  if (page.bounce === 'hard' && /\bsession (?:simply )?(?:goes on|carries on|continues)\b/i.test(page.handWritten)) {
    out.push(`${page.code}: badged "hard bounce" while its own text says the session goes on`);
  }
  return out;
}

/**
 * The at-a-glance action agrees with the entry's own fixes and FAQ: where the entry says the
 * answer depends on the enhanced code, the action may not pick one (such as "remove the address").
 */
export function checkAction(page: CodePageView): string[] {
  const out: string[] = [];
  const saysDepends = /\bdepends on the enhanced (?:status )?code\b|\bread the enhanced status code\b/i.test(page.handWritten);
  if (saysDepends && page.action !== 'depends') out.push(`${page.code}: "What to do" is "${page.action}" but the entry says the answer depends on the enhanced code`);
  if (page.action === 'suppress' && /\b(?:rather than|not) the address\b|\bkeep the address\b/i.test(page.handWritten)) {
    out.push(`${page.code}: "What to do" says remove the address, but the entry says the address is not the problem`);
  }
  // "Do not retry unchanged" where the entry's own first advice is to send again later.
  if ((page.action === 'suppress' || page.action === 'fix-and-resend') && /\b(?:try again later|resend (?:it )?later|send (?:it )?again later)\b/i.test(page.handWritten) && !/\blater\b/i.test(page.actionText)) {
    out.push(`${page.code}: "What to do" says fix or remove, but the entry says to send again later`);
  }
  if (page.action === 'depends' && !/\bdepends on\b/i.test(page.actionText)) out.push(`${page.code}: a "depends" action must name what it depends on`);
  // A declared fate where no message is at stake (the session goes on) leaves nothing to "send again"
  // or to remove: the class default action would contradict it, so the entry must declare its own.
  const fate = page.declared?.fate;
  const fateApplies = fate && (!fate.classes || fate.classes.includes(page.code[0]!));
  const actionDeclared = page.declared?.action && (!page.declared.action.classes || page.declared.action.classes.includes(page.code[0]!));
  if (fateApplies && (fate.value === 'continues' || fate.value === 'delivered') && !actionDeclared && page.action !== 'none' && page.action !== 'continue') {
    out.push(`${page.code}: its declared fate "${fate.value}" loses no message, but "What to do" is the class default "${page.action}"`);
  }
  return out;
}

/** An enhanced page of one class shows no log line of another class (a line without a code fits every class). */
export function checkLogClass(page: CodePageView): string[] {
  if (page.kind !== 'enhanced') return [];
  return page.logLines
    .filter((l) => {
      const c = lineClass(l);
      return c !== null && c !== page.code[0];
    })
    .map((l) => `${page.code}: shows a log line of class ${lineClass(l)}: ${l.slice(0, 80)}`);
}

/** What a built comparison page shows. */
export interface ComparisonView {
  a: string;
  b: string;
  summary: string;
  /** Key differences, with their kind (data-difference). */
  differences: { kind: string; text: string }[];
  /** Side-by-side rows; `both` set where the row collapsed into one cell. */
  rows: { label: string; a: string; b: string; both?: string }[];
  /** The curated "In practice" text, if any. */
  curated?: string;
  /** All generated text of the page (summary, differences, hints), for the wording rules. */
  generatedText: string;
}

/** A code's stage facts: what it answers, and whether that list is complete (reply codes). */
export interface StageFacts {
  stages: readonly Stage[];
  complete: boolean;
}

/** The kinds that count as real differences: the generator's own list, so the check and the pages agree on what a difference is. */
const REAL: ReadonlySet<string> = REAL_DIFFERENCES;

/** At least two real differences, or a plain statement that the facts cannot tell the pair apart; never a promise with nothing after it. */
export function checkSubstance(view: ComparisonView): string[] {
  const out: string[] = [];
  const slug = `${view.a}-vs-${view.b}`;
  const real = view.differences.filter((d) => REAL.has(d.kind)).length;
  const explained = view.differences.some((d) => d.kind === 'undecided');
  if (view.differences.length === 0) out.push(`${slug}: empty list of key differences`);
  else if (real < 2 && !explained) out.push(`${slug}: ${real} real difference(s) and no plain explanation of what decides`);
  if (real === 0 && /tell you different things/i.test(view.summary)) out.push(`${slug}: the summary promises differences the facts do not hold`);
  if (/The code itself is the tell/i.test(view.generatedText)) out.push(`${slug}: filler "The code itself is the tell"`);
  return out;
}

const STAGE_WORDS = [...STAGES].sort((x, y) => y.length - x.length);

/** The stages named in a phrase such as "EHLO/HELO, VRFY or any command". */
export function stagesNamed(phrase: string): Stage[] {
  const found: Stage[] = [];
  let rest = phrase;
  for (const s of STAGE_WORDS) {
    if (rest.includes(s)) {
      found.push(s);
      rest = rest.split(s).join(' ');
    }
  }
  return found;
}

/**
 * Claims about which commands a code answers: "X can answer any command" only for 500, 501
 * and 421; "only X answers S" or "X answers S, which Y does not" only where Y's complete
 * facts exclude S; and no exclusive claim at all about a code whose list is not complete.
 */
export function checkStageClaims(view: ComparisonView, facts: ReadonlyMap<string, StageFacts>): string[] {
  const out: string[] = [];
  const slug = `${view.a}-vs-${view.b}`;
  const other = (code: string) => (code === view.a ? view.b : view.a);
  const text = view.generatedText;
  for (const m of text.matchAll(/\b([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}) can answer any command\b/g)) {
    if (!ANY_COMMAND_CODES.includes(m[1]!)) out.push(`${slug}: says ${m[1]} can answer any command; RFC 5321 §4.3.2 names only ${ANY_COMMAND_CODES.join(', ')}`);
  }
  const exclusive = [
    ...[...text.matchAll(/\bonly ([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}) (?:answers|can answer) ([^.;]+?)(?=, and only\b|[.;]|$)/g)].map((m) => ({ code: m[1]!, phrase: m[2]! })),
    ...[...text.matchAll(/\b([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}) (?:also )?answers ([^.;]+?), which ([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}) does not/g)].map((m) => ({ code: m[1]!, phrase: m[2]! })),
  ];
  const stagesItem = view.differences.find((d) => d.kind === 'stages');
  if (stagesItem) {
    for (const part of stagesItem.text.split(/[:;]/).slice(1)) {
      const m = /^\s*([2-5]\d\d|[245]\.\d{1,3}\.\d{1,3}) answers (.+?)(?:\.|$)/.exec(part);
      if (m) exclusive.push({ code: m[1]!, phrase: m[2]! });
    }
  }
  for (const { code, phrase } of exclusive) {
    const own = facts.get(code);
    const theirs = facts.get(other(code));
    if (!own || !theirs || !own.complete || !theirs.complete) {
      out.push(`${slug}: claims which commands only ${code} answers, but the stage facts of ${own?.complete ? other(code) : code} are not a complete list`);
      continue;
    }
    for (const stage of stagesNamed(phrase)) {
      if (stage === 'any command') continue;
      if (!coversStage(own.stages, stage)) out.push(`${slug}: says ${code} answers ${stage}, which its facts do not hold`);
      if (coversStage(theirs.stages, stage)) out.push(`${slug}: says only ${code} answers ${stage}, but ${other(code)} answers it too`);
    }
  }
  return out;
}

/** Curated prose that says a code is no longer retried (or is retried) must agree with the generated rows. */
export function checkCurated(view: ComparisonView): string[] {
  if (!view.curated) return [];
  const out: string[] = [];
  const slug = `${view.a}-vs-${view.b}`;
  const bounceRow = view.rows.find((r) => /bounce/i.test(r.label));
  const sentences = view.curated.split(/(?<=[.!?])\s+/);
  for (const code of [view.a, view.b]) {
    const side = bounceRow ? (bounceRow.both ?? (code === view.a ? bounceRow.a : bounceRow.b)) : '';
    // A sentence naming neither code speaks of the pair, so it holds for both.
    const mentions = sentences.filter((s) => s.includes(code) || (!s.includes(view.a) && !s.includes(view.b)) || /\b(?:both|either way|neither)\b/i.test(s));
    const saysFinal = mentions.some((s) => /\b(?:will not be retried|no longer queued|not retried any more|is not retried)\b/i.test(s));
    const saysRetried = mentions.some((s) => new RegExp(`\\b${code.replace(/\./g, '\\.')}\\b[^.]*\\b(?:is retried|keeps? (?:it|the message) queued|will retry)\\b`, 'i').test(s));
    if (saysFinal && /soft bounce|retries/i.test(side)) out.push(`${slug}: the curated text says ${code} is no longer retried, the generated row says "${side.slice(0, 60)}"`);
    if (saysRetried && /hard bounce|returned/i.test(side)) out.push(`${slug}: the curated text says ${code} is retried, the generated row says "${side.slice(0, 60)}"`);
  }
  for (const d of view.differences) {
    if (d.kind === 'fate' || d.kind === 'class') {
      for (const code of [view.a, view.b]) {
        const claimsRetry = new RegExp(`${code.replace(/\./g, '\\.')}: the sending server keeps the message and retries`).test(d.text);
        const curatedFinal = sentences.some(
          (s) => (s.includes(code) || (!s.includes(view.a) && !s.includes(view.b)) || /\b(?:both|either way)\b/i.test(s)) && /\b(?:will not be retried|no longer queued)\b/i.test(s),
        );
        if (claimsRetry && curatedFinal) out.push(`${slug}: a key difference says ${code} is retried, the curated text says it is not`);
      }
    }
  }
  return out;
}

/** Names that must keep their capital in generated text (the old "microsoft 365" bug). */
const PROPER = ['Microsoft', 'Gmail', 'Google', 'Yahoo', 'Outlook', 'Postfix', 'Exchange Online', 'Amazon SES', 'Proofpoint', 'Spamhaus'];

export function checkProperNouns(where: string, text: string): string[] {
  const out: string[] = [];
  for (const name of PROPER) {
    const re = new RegExp(`(?<![\\w./@-])${name.toLowerCase()}(?![\\w.@-]*\\.(?:com|net|org)\\b)(?![\\w-])`, 'g');
    if (re.test(text)) out.push(`${where}: "${name}" written in lower case`);
  }
  return out;
}
