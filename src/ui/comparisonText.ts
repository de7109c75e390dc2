/**
 * Sentences for comparison pages, built from structured differences (src/lib/comparison.ts).
 * Kept beside strings.ts: English only, one place to change the wording.
 */
import type { CodeFacts, Difference } from '../lib/comparison.ts';
import { decidingEvidence, ownCompanions, REAL_DIFFERENCES, stageSplit } from '../lib/comparison.ts';
import type { Fate } from '../lib/facts.ts';
import { lowerFirst } from '../lib/prose.ts';
import { actionText, decidingPhrase, decidingShort, fatePhrase, list } from './factText.ts';
import { actionLabel, categoryLabel, outcomeLabel, severityLabel, type Severity } from './strings.ts';

const stageList = (stages: readonly string[]) => list(stages, 'or');

const groupShort: Record<string, string> = {
  syntax: 'a syntax or command problem',
  information: 'an information reply',
  connections: 'the connection',
  unspecified: 'a group RFC 5321 leaves unassigned',
  'mail-system': 'the state of the mail system',
};

const classWord = { success: 'success', intermediate: 'intermediate', transient: 'transient', permanent: 'permanent' } as const;

/** "550: the message is returned to the sender", or the entry's own declared note. */
const fateOf = (f: CodeFacts, fate: Fate) => (f.fate?.declared && f.fate.note ? lowerFirst(f.fate.note.replace(/\.$/, '')) : fatePhrase[fate]);

const actionOf = (f: CodeFacts) => lowerFirst(f.actionFact ? actionText(f.actionFact) : actionLabel[f.action]);

/** "RFC 5321 §4.2.3", or for a code no RFC defines, who documents it. */
const standardName = (f: CodeFacts, standards: string[]) =>
  standards.length > 0 ? standards.join(', ') : f.unofficial ? `no RFC (it is ${f.kind === 'enhanced' ? 'documented by' : 'seen from'} ${f.unofficial})` : 'no RFC';

const stagePhrase = (code: string, stages: readonly string[]) =>
  stages.includes('any command') ? `${code} can answer any command` : `${code} answers ${stageList(stages)}`;

export function differenceSentence(d: Difference, a: CodeFacts, b: CodeFacts): string {
  switch (d.kind) {
    case 'fate':
      return `What happens to the message differs. ${a.code}: ${fateOf(a, d.a)}. ${b.code}: ${fateOf(b, d.b)}.`;
    case 'class':
      return `The class digits differ (${a.code} is ${classWord[d.a]}, ${b.code} ${classWord[d.b]}), but the message ends the same way for both: ${(a.fate?.declared ? a : b).fate?.note ?? `${fatePhrase[d.fate]}.`}`;
    case 'subject':
      return a.subjectTitle && b.subjectTitle
        ? `They report different subjects (RFC 3463 §3): ${a.code} is in X.${d.a} “${a.subjectTitle}”, ${b.code} in X.${d.b} “${b.subjectTitle}”.`
        : `They report different subjects (RFC 3463 §3): X.${d.a} and X.${d.b}.`;
    case 'category':
      return `${a.code} is about ${categoryLabel[d.a].toLowerCase()}; ${b.code} is about ${categoryLabel[d.b].toLowerCase()}.`;
    case 'stages': {
      const own = [
        ...(d.onlyA.length > 0 ? [stagePhrase(a.code, d.onlyA)] : []),
        ...(d.onlyB.length > 0 ? [stagePhrase(b.code, d.onlyB)] : []),
      ];
      const shared = d.shared.length > 0 ? ` Both can answer ${stageList(d.shared)}.` : '';
      // Credit what the lists come from: the RFC tables, and log lines or vendor documents where they add to them.
      const extra = [a.stageSource, b.stageSource].some((s) => s && s.includes(';'));
      const lead = extra
        ? 'RFC 5321 §4.3.2, its extensions and the log lines or documents cited on these pages list them for different commands'
        : 'RFC 5321 §4.3.2 and its extensions list them for different commands';
      if (d.onlyA.length === 0 || d.onlyB.length === 0) {
        const [wider, narrower, stages] = d.onlyA.length === 0 ? [b.code, a.code, d.onlyB] : [a.code, b.code, d.onlyA];
        const claim = stages.includes('any command')
          ? `${wider} can answer any command, while ${narrower} is listed only for particular ones`
          : `${wider} also answers ${stageList(stages)}, which ${narrower} does not`;
        return `${lead}: ${claim}.${shared}`;
      }
      return `${lead}: ${own.join('; ')}.${shared}`;
    }
    case 'seenStages':
      return `In the log lines and documents on these pages, ${a.code} was seen after ${stageList(d.a)} and ${b.code} after ${stageList(d.b)}; neither list is complete, so the command is a clue, not proof.`;
    case 'action':
      return `What to do differs. For ${a.code}: ${actionOf(a)} For ${b.code}: ${actionOf(b)}`;
    case 'group':
      return `Their second digits differ: for ${a.code} it means ${groupShort[d.a]}, for ${b.code} ${groupShort[d.b]} (RFC 5321 §4.2.1).`;
    case 'companions': {
      const kind = a.kind === 'reply' ? 'enhanced codes' : 'reply codes';
      const shared = d.shared.length > 0 ? ` Both come with ${d.shared.slice(0, 3).join(', ')}.` : '';
      const lead = 'In the log lines and registry entries behind this site';
      // One side may have nothing of its own (its companions differ from the other's only by class digit): name only the side that has.
      if (d.onlyA.length === 0 || d.onlyB.length === 0) {
        const [code, own, other] = d.onlyA.length > 0 ? [a.code, d.onlyA, b.code] : [b.code, d.onlyB, a.code];
        return `${lead}, ${code} also comes with ${own.slice(0, 4).join(', ')}, which ${other} was not recorded with.${shared}`;
      }
      return `${lead}, the ${kind} differ: ${a.code} with ${d.onlyA.slice(0, 4).join(', ')}; ${b.code} with ${d.onlyB.slice(0, 4).join(', ')}.${shared}`;
    }
    case 'severity':
      return `We rate ${a.code} ${severityLabel[d.a as Severity].toLowerCase()} and ${b.code} ${severityLabel[d.b as Severity].toLowerCase()}.`;
    case 'standard':
      return `${a.code} is defined in ${standardName(a, d.a)}; ${b.code} in ${standardName(b, d.b)}.`;
    case 'undecided':
      return `${d.realCount > 0 ? 'Beyond that, the' : 'The'} facts this site holds do not tell ${a.code} and ${b.code} apart. What decides is ${list(d.deciding.map((x) => decidingPhrase[x]))}.`;
  }
}

/** The opening paragraph: what each code is, then the single most telling difference, or a plain "they say much the same". */
export function comparisonSummary(a: CodeFacts, b: CodeFacts, diffs: Difference[]): string {
  const real = diffs.filter((d) => REAL_DIFFERENCES.has(d.kind));
  // 4.7.16 vs 5.7.16: one condition in two classes.
  if (real.length > 0 && a.kind === 'enhanced' && b.kind === 'enhanced' && a.code.slice(1) === b.code.slice(1)) {
    return `${a.code} and ${b.code} (${a.title}) report the same condition in different classes. ${differenceSentence(real[0]!, a, b)}`;
  }
  if (real.length < 2) {
    if (real.length === 1) return `How ${a.code} (${a.title}) and ${b.code} (${b.title}) differ: ${lowerFirst(differenceSentence(real[0]!, a, b))}`;
    const undecided = diffs.find((d) => d.kind === 'undecided');
    const by = undecided && undecided.kind === 'undecided' ? list(undecided.deciding.map((x) => decidingPhrase[x])) : 'the words of the reply';
    return `${a.code} (${a.title}) and ${b.code} (${b.title}) have the same class (${outcomeLabel[a.outcome].toLowerCase()}), the same effect on the message and the same general advice on this site. What tells them apart is ${by}.`;
  }
  return `${a.code} (${a.title}) and ${b.code} (${b.title}) tell you different things. ${differenceSentence(real[0]!, a, b)}`;
}

const outcomeHint = {
  success: 'the command worked',
  intermediate: 'the server is waiting for the next step',
  transient: 'the reply says to try again later (a 4 in front)',
  permanent: 'the reply refuses for good (a 5 in front)',
} as const;

/** How to tell which one you have from the circumstances: only facts that separate the two, else what decides. */
export function whichOneHint(self: CodeFacts, other: CodeFacts): string {
  const parts: string[] = [];
  const fs = self.fate?.value;
  const fo = other.fate?.value;
  // 4.7.0 vs 5.7.0: "a 4 in front" restates the code; what the reader sees is what happened to the message.
  const sameDetail = self.kind === 'enhanced' && other.kind === 'enhanced' && self.code.slice(1) === other.code.slice(1);
  // The class digit says "try again later" only where no declared fate overrides it (4.4.7 is final).
  if (self.outcome !== other.outcome && !self.fate?.declared && !other.fate?.declared) parts.push(sameDetail && fs ? fatePhrase[fs] : outcomeHint[self.outcome]);
  // A declared fate has its own words (the page shows them); the stock phrase could contradict them.
  // (453's "the client ends the session" is not "the session goes on"; 4.4.7's "returned" is the stock phrase.)
  else if (fs && fo && fs !== fo && fs !== 'depends' && fo !== 'depends' && !(self.fate?.declared && fs === 'continues')) parts.push(`${fatePhrase[fs]}`);
  const split = stageSplit(self, other);
  // "Any command" tells nothing apart, but the greeting does (421 at connection vs 535 after AUTH).
  const own = (split?.onlyA ?? []).filter((s) => s !== 'any command');
  if (own.length > 0) parts.push(own.length === 1 && own[0] === 'connection' ? 'it came at connection, before any command' : `the reply came after ${stageList(own)}`);
  // Commands seen in incomplete lists (enhanced codes): a clue where the other code was seen after other ones.
  if (!split && self.kind === 'enhanced' && other.kind === 'enhanced') {
    const seen = self.stages.filter((s) => !other.stages.includes(s));
    if (seen.length > 0) parts.push(`the reply came after ${stageList(seen)} (as in its log lines here)`);
  }
  const lead =
    parts.length > 0
      ? `It is most likely ${self.code} if ${parts.join(' or ')}.`
      : `Nothing in the circumstances this site records tells ${self.code} from ${other.code}; read ${list(decidingEvidence(self, other).map((x) => decidingShort[x]))}.`;
  // What it was recorded with: evidence, stated as such, never as proof about the other code.
  const companions = (ownCompanions(self, other) ?? []).slice(0, 3);
  const seenWith = companions.length > 0 ? ` In the log lines and registry entries behind this site it comes with ${list(companions, 'or')}.` : '';
  const cause = self.causes[0];
  return `${lead}${seenWith}${cause ? ` Typical cause: ${lowerFirst(cause)}` : ''}`;
}

export const comparisonLabels = {
  eyebrow: 'Comparison',
  title: (a: string, b: string) => `SMTP ${a} vs ${b}`,
  description: (a: CodeFacts, b: CodeFacts) => `${a.code} ${a.title} vs ${b.code} ${b.title}: what differs, which one you have, and what to do.`,
  sideBySide: 'Side by side',
  keyDifferences: 'Key differences',
  whichOne: 'Which one am I looking at?',
  editorial: 'In practice',
  readMore: 'Read the full pages',
  rows: {
    class: 'Class and meaning',
    bounce: 'Bounce type',
    action: 'What to do',
    category: 'Category',
    severity: 'Severity',
    when: 'When you see it',
    fix: 'First thing to fix',
    standard: 'Standard',
  },
  both: 'Both:',
  notTiedReply: 'Not in the command tables of RFC 5321 or its extensions',
  notTiedEnhanced: 'No command on record from a product’s log line',
  noClassFix: (code: string) => `No step on its page is written for ${code} in particular: see “What to do”.`,
  seenAfter: (stages: string) => `Seen after ${stages} in its log lines`,
  after: (stages: string) => `After ${stages}`,
  redirectTitle: (a: string, b: string) => `SMTP ${a} vs ${b}`,
  redirectBody: 'This comparison lives at its canonical address:',
  oftenConfused: 'Often confused with',
  compareWith: (code: string) => `Compare ${code} with another code`,
};
