/**
 * Sentences for comparison pages, built from structured differences (src/lib/comparison.ts).
 * Kept beside strings.ts: English only, one place to change the wording.
 */
import type { CodeFacts, Difference } from '../lib/comparison.ts';
import { actionLabel, categoryLabel, outcomeLabel, severityLabel, type Severity } from './strings.ts';
import type { Outcome } from '../lib/replyCode.ts';

const outcomePhrase: Record<Outcome, string> = {
  success: 'a success reply: the command worked',
  intermediate: 'an intermediate reply: the server is waiting for the next step',
  transient: 'a temporary failure that the sending server retries',
  permanent: 'a permanent failure that retrying will not fix',
};

const stageList = (stages: readonly string[]) =>
  stages.length === 0 ? '' : stages.length === 1 ? stages[0]! : `${stages.slice(0, -1).join(', ')} or ${stages[stages.length - 1]}`;

const groupShort: Record<string, string> = {
  syntax: 'a syntax or command problem',
  information: 'an information reply',
  connections: 'the connection',
  unspecified: 'a group RFC 5321 leaves unassigned',
  'mail-system': 'the state of the mail system',
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function differenceSentence(d: Difference, a: CodeFacts, b: CodeFacts): string {
  switch (d.kind) {
    case 'outcome':
      return `${a.code} is ${outcomePhrase[d.a]}; ${b.code} is ${outcomePhrase[d.b]}.`;
    case 'subject':
      return `They report different areas: ${a.code} concerns ${lower(a.title)}, while ${b.code} concerns ${lower(b.title)}.`;
    case 'detail':
      return `Same subject, different detail: ${a.code} means “${d.a}”, ${b.code} means “${d.b}”.`;
    case 'category':
      return `${a.code} is about ${categoryLabel[d.a].toLowerCase()}; ${b.code} is about ${categoryLabel[d.b].toLowerCase()}.`;
    case 'stages': {
      const parts: string[] = [];
      if (d.onlyA.length > 0) parts.push(`only ${a.code} answers ${stageList(d.onlyA)}`);
      if (d.onlyB.length > 0) parts.push(`only ${b.code} answers ${stageList(d.onlyB)}`);
      const shared = d.shared.length > 0 ? ` Both can answer ${stageList(d.shared)}.` : '';
      return `They come at different points of the session: ${parts.join(', and ')}.${shared}`;
    }
    case 'action':
      return `What to do differs. For ${a.code}: ${lower(actionLabel[d.a])} For ${b.code}: ${lower(actionLabel[d.b])}`;
    case 'group':
      return `Their second digits differ: for ${a.code} it means ${groupShort[d.a]}, for ${b.code} ${groupShort[d.b]} (RFC 5321 §4.2.1).`;
    case 'companions': {
      const kind = a.kind === 'reply' ? 'enhanced codes' : 'reply codes';
      const parts: string[] = [];
      if (d.onlyA.length > 0) parts.push(`${a.code} comes with ${kind} ${d.onlyA.slice(0, 4).join(', ')}`);
      if (d.onlyB.length > 0) parts.push(`${b.code} comes with ${kind} ${d.onlyB.slice(0, 4).join(', ')}`);
      const shared = d.shared.length > 0 ? ` Both can carry ${d.shared.slice(0, 3).join(', ')}.` : '';
      return `In real bounces, ${parts.join(', while ')}.${shared}`;
    }
    case 'severity':
      return `We rate ${a.code} ${severityLabel[d.a as Severity].toLowerCase()} and ${b.code} ${severityLabel[d.b as Severity].toLowerCase()}.`;
    case 'standard':
      return `${a.code} is defined in ${d.a.join(', ') || 'no RFC'}; ${b.code} in ${d.b.join(', ') || 'no RFC'}.`;
  }
}

/** The opening paragraph: what each code is, then the single most telling difference. */
export function comparisonSummary(a: CodeFacts, b: CodeFacts, diffs: Difference[]): string {
  const intro = `${a.code} (${a.title}) and ${b.code} (${b.title}) are easy to mix up, but they tell you different things.`;
  const headline = diffs[0] ? differenceSentence(diffs[0], a, b) : `Both report ${outcomeLabel[a.outcome].toLowerCase()} with the same advice; the wording of the reply is what differs.`;
  return `${intro} ${headline}`;
}

export function whichOneHint(self: CodeFacts, other: CodeFacts): string {
  const parts: string[] = [];
  const own = self.stages.filter((s) => !other.stages.includes(s));
  if (own.length > 0) parts.push(`the reply came after ${stageList(own)}`);
  const companions = self.companions.filter((c) => !other.companions.includes(c)).slice(0, 3);
  if (companions.length > 0) parts.push(`it carries ${companions.join(', ')}`);
  const cause = self.causes[0];
  const lead = parts.length > 0 ? `It is most likely ${self.code} if ${parts.join(' or ')}.` : `The code itself is the tell: ${self.code}.`;
  return cause ? `${lead} Typical cause: ${lower(cause)}` : lead;
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
    action: 'Retry or suppress',
    category: 'Category',
    severity: 'Severity',
    when: 'When you see it',
    fix: 'First thing to fix',
    standard: 'Standard',
  },
  redirectTitle: (a: string, b: string) => `SMTP ${a} vs ${b}`,
  redirectBody: 'This comparison lives at its canonical address:',
  oftenConfused: 'Often confused with',
  compareWith: (code: string) => `Compare ${code} with another code`,
};
