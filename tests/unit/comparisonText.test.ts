import { describe, expect, it } from 'vitest';
import { stagesFor } from '../../src/lib/commandReplies.ts';
import { differences, type CodeFacts } from '../../src/lib/comparison.ts';
import { factModel } from '../../src/lib/facts.ts';
import { comparisonSummary, differenceSentence, whichOneHint } from '../../src/ui/comparisonText.ts';

const reply = (code: string, over: Partial<CodeFacts> = {}): CodeFacts => {
  const outcome = ({ '2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent' } as const)[code[0] as '2'];
  const m = factModel({ code, kind: 'reply', outcome, category: 'protocol' });
  return {
    code,
    kind: 'reply',
    title: `Title of ${code}`,
    summary: '',
    outcome,
    bounce: m.bounce,
    action: m.action.value,
    fate: m.fate,
    actionFact: m.action,
    category: 'protocol',
    severity: 'medium',
    standards: ['RFC 5321 §4.2.3'],
    stages: stagesFor(code),
    stagesComplete: true,
    causes: ['Microsoft 365 throttles new IPs.'],
    senderFixes: [],
    companions: [],
    ...over,
  };
};

const text = (a: CodeFacts, b: CodeFacts) => {
  const d = differences(a, b);
  return [comparisonSummary(a, b, d), ...d.map((x) => differenceSentence(x, a, b)), whichOneHint(a, b), whichOneHint(b, a)].join('\n');
};

describe('comparison sentences', () => {
  it('334 vs 502: no "only … any command", and AUTH is shared', () => {
    const t = text(reply('334', { category: 'authentication' }), reply('502'));
    expect(t).not.toMatch(/only \S+ answers/);
    expect(t).not.toMatch(/502 can answer any command/);
    expect(t).toMatch(/Both can answer AUTH/);
  });

  it('500 vs 502: 500 answers any command, and 502 is never said to be the only one at EHLO', () => {
    const t = text(reply('500'), reply('502'));
    expect(t).toMatch(/500 can answer any command, while 502 is listed only for particular ones/);
    expect(t).not.toMatch(/502 (?:also )?answers EHLO/);
  });

  it('211 vs 214: no promise of differences, and says what decides', () => {
    const t = text(reply('211'), reply('214'));
    expect(t).not.toMatch(/tell you different things/);
    expect(t).toMatch(/What tells them apart is the words of the reply/);
    expect(t).not.toMatch(/The code itself is the tell/);
  });

  it('keeps proper nouns in their case', () => {
    expect(whichOneHint(reply('421'), reply('450'))).toMatch(/Typical cause: Microsoft 365/);
  });
});
