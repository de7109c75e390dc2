import { describe, expect, it } from 'vitest';
import { allPairs, canonicalPair, decidingEvidence, differences, pairSlug, parsePairSlug, type CodeFacts } from '../../src/lib/comparison.ts';
import { comparisonSummary, whichOneHint } from '../../src/ui/comparisonText.ts';

const facts = (over: Partial<CodeFacts> & { code: string }): CodeFacts => ({
  kind: 'reply',
  title: over.code,
  summary: '',
  outcome: 'permanent',
  bounce: 'hard',
  action: 'fix-and-resend',
  category: 'protocol',
  severity: 'medium',
  standards: ['RFC 5321 §4.2.3'],
  stages: [],
  causes: [],
  senderFixes: [],
  companions: [],
  ...over,
});

describe('pairs and their canonical order', () => {
  it('puts the lower code first, for reply and enhanced codes alike', () => {
    expect(canonicalPair('502', '334')).toEqual(['334', '502']);
    expect(pairSlug('5.1.10', '5.1.2')).toBe('5.1.2-vs-5.1.10');
    expect(pairSlug('5.2.2', '4.2.2')).toBe('4.2.2-vs-5.2.2');
    expect(() => canonicalPair('550', '550')).toThrow();
  });

  it('parses slugs and rejects anything else', () => {
    expect(parsePairSlug('334-vs-502')).toEqual(['334', '502']);
    expect(parsePairSlug('502-vs-334')).toEqual(['502', '334']);
    expect(parsePairSlug('550-vs-550')).toBeNull();
    expect(parsePairSlug('550-vs-abc')).toBeNull();
  });

  it('pairs every reply code with every other, and enhanced codes within a subject and class', () => {
    const replies = Array.from({ length: 38 }, (_, i) => String(200 + i));
    expect(allPairs(replies, []).length).toBe(703);
    const pairs = allPairs([], ['5.1.1', '5.1.2', '4.1.1', '5.2.2', '4.2.2']).map(([a, b]) => `${a}-vs-${b}`);
    expect(pairs.sort()).toEqual(['4.1.1-vs-5.1.1', '4.2.2-vs-5.2.2', '5.1.1-vs-5.1.2']);
  });
});

describe('differences between two codes', () => {
  it('leads with what happens to the message when it differs', () => {
    const d = differences(facts({ code: '334', outcome: 'intermediate', bounce: 'none', action: 'continue', category: 'authentication' }), facts({ code: '550' }));
    expect(d[0]).toEqual({ kind: 'fate', a: 'continues', b: 'returned' });
  });

  it('says the class digits differ but the fate is the same where a declaration makes it so (4.4.7 vs 5.4.7)', () => {
    const returned = { value: 'returned' as const, source: 'RFC 3463 §3.5', declared: true };
    const d = differences(
      facts({ code: '4.4.7', kind: 'enhanced', subject: '4', outcome: 'transient', fate: returned }),
      facts({ code: '5.4.7', kind: 'enhanced', subject: '4', fate: returned }),
    );
    expect(d[0]).toEqual({ kind: 'class', a: 'transient', b: 'permanent', fate: 'returned' });
    expect(d.map((x) => x.kind)).not.toContain('fate');
  });

  it('does not tell a reader that a declared-final 4.4.7 says "try again later"', () => {
    const returned = { value: 'returned' as const, source: 'RFC 3463 §3.5', declared: true };
    const a = facts({ code: '4.4.7', kind: 'enhanced', subject: '4', outcome: 'transient', fate: returned });
    const b = facts({ code: '5.4.7', kind: 'enhanced', subject: '4', fate: returned });
    expect(whichOneHint(a, b)).not.toMatch(/try again later/);
    expect(whichOneHint(b, a)).not.toMatch(/refuses for good/);
    // Without a declaration the class digit is the tell.
    expect(whichOneHint(facts({ code: '450', outcome: 'transient' }), facts({ code: '550' }))).toMatch(/try again later/);
  });

  it('claims no stage only one code answers unless both stage lists are complete', () => {
    const d = differences(
      facts({ code: '5.7.1', kind: 'enhanced', subject: '7', stages: ['RCPT TO'], stagesComplete: false }),
      facts({ code: '5.7.4', kind: 'enhanced', subject: '7', stages: [], stagesComplete: false }),
    );
    expect(d.map((x) => x.kind)).not.toContain('stages');
  });

  it('never says "only 502" for a command 500 can get as "any command"', () => {
    const d = differences(
      facts({ code: '500', stages: ['AUTH', 'any command'], stagesComplete: true }),
      facts({ code: '502', stages: ['EHLO/HELO', 'VRFY', 'AUTH'], stagesComplete: true }),
    );
    expect(d).toContainEqual({ kind: 'stages', onlyA: ['any command'], onlyB: [], shared: ['AUTH', 'EHLO/HELO', 'VRFY'] });
  });

  it('adds a plain "the facts do not tell them apart" when fewer than two real differences remain', () => {
    const d = differences(facts({ code: '211', outcome: 'success' }), facts({ code: '214', outcome: 'success' }));
    expect(d).toEqual([{ kind: 'undecided', deciding: ['command', 'reply text'], realCount: 0 }]);
  });

  it('for two codes of one class, leads with what really differs, never the class', () => {
    const d = differences(
      facts({ code: '550', category: 'mailbox', action: 'suppress', stages: ['RCPT TO', 'end of data'], stagesComplete: true }),
      facts({ code: '554', category: 'policy', stages: ['connection', 'end of data'], stagesComplete: true }),
    );
    expect(d.map((x) => x.kind)).not.toContain('fate');
    expect(d[0]).toEqual({ kind: 'category', a: 'mailbox', b: 'policy' });
    expect(d).toContainEqual({ kind: 'stages', onlyA: ['RCPT TO'], onlyB: ['connection'], shared: ['end of data'] });
    expect(d).toContainEqual({ kind: 'action', a: 'suppress', b: 'fix-and-resend' });
  });

  it('does not count a different detail as a difference (it restates the two titles): the facts decide, or say they cannot', () => {
    const d = differences(
      facts({ code: '5.1.1', kind: 'enhanced', subject: '1', title: 'Bad destination mailbox address' }),
      facts({ code: '5.1.2', kind: 'enhanced', subject: '1', title: 'Bad destination system address' }),
    );
    expect(d.map((x) => x.kind)).not.toContain('detail');
    expect(d.map((x) => x.kind)).toContain('undecided');
  });

  it('tells apart two codes that both "depend", but differently, and two equal actions with different declared notes', () => {
    const src = { source: 'x', declared: true } as const;
    const d = differences(
      facts({ code: '432', fate: { value: 'depends', ...src, decidedBy: ['enhanced code'], note: 'Exchange retries 4.3.2 by itself.' } }),
      facts({ code: '535', fate: { value: 'depends', ...src, decidedBy: ['client'], note: 'A mail client stops; Postfix requeues.' } }),
    );
    expect(d.map((x) => x.kind)).toContain('fate');
    const e = differences(
      facts({ code: '525', actionFact: { value: 'fix-and-resend', ...src, note: 'Ask the recipient to reactivate the account.' } }),
      facts({ code: '541' }),
    );
    expect(e.map((x) => x.kind)).toContain('action');
  });

  it('reports commands seen in incomplete lists as evidence, and does not name the command as deciding when both were seen after the same one', () => {
    const d = differences(
      facts({ code: '5.7.23', kind: 'enhanced', subject: '7', stages: ['RCPT TO'] }),
      facts({ code: '5.7.26', kind: 'enhanced', subject: '7', stages: ['end of data'] }),
    );
    expect(d).toContainEqual({ kind: 'seenStages', a: ['RCPT TO'], b: ['end of data'] });
    const same = [facts({ code: '525', stages: ['RCPT TO'] }), facts({ code: '541', stages: ['RCPT TO'] })] as const;
    expect(decidingEvidence(...same)).not.toContain('command');
  });

  it('compares no filing category of a code whose meaning rests on the words of the reply', () => {
    const d = differences(
      facts({ code: '451', category: 'capacity', outcome: 'transient', actionFact: { value: 'depends', source: 'x', declared: true, decidedBy: ['reply text'], note: 'n' } }),
      facts({ code: '550', category: 'mailbox' }),
    );
    expect(d.map((x) => x.kind)).not.toContain('category');
  });

  it('gives a which-one clue from the greeting when one code can come at connection, and states one condition in two classes plainly', () => {
    const c421 = facts({ code: '421', outcome: 'transient', stages: ['connection', 'any command'], stagesComplete: true });
    const c535 = facts({ code: '535', stages: ['AUTH'], stagesComplete: true });
    expect(whichOneHint(c421, c535)).toMatch(/came at connection/);
    const a = facts({ code: '4.7.16', kind: 'enhanced', subject: '7', outcome: 'transient', title: 'Message is too big for its priority' });
    const b = facts({ code: '5.7.16', kind: 'enhanced', subject: '7', title: 'Message is too big for its priority' });
    expect(comparisonSummary(a, b, differences(a, b))).toMatch(/report the same condition in different classes/);
  });

  it('says nothing of RFC 5321 digit groups for codes outside RFC 5321, nor of reply codes for a code that may follow any', () => {
    const g = differences(facts({ code: '522', group: 'connections', unofficial: 'some providers' }), facts({ code: '552', group: 'mail-system' }));
    expect(g.map((x) => x.kind)).not.toContain('group');
    const c = differences(
      facts({ code: '5.0.0', kind: 'enhanced', subject: '0', companions: ['550', '554'], anyReply: true }),
      facts({ code: '5.7.1', kind: 'enhanced', subject: '7', companions: ['550', '553'] }),
    );
    expect(c.map((x) => x.kind)).not.toContain('companions');
    // X.0.0 has no area: its filing category is no difference.
    const u = differences(facts({ code: '5.0.0', kind: 'enhanced', subject: '0', category: 'protocol' }), facts({ code: '5.7.1', kind: 'enhanced', subject: '7', category: 'policy' }));
    expect(u.map((x) => x.kind)).not.toContain('category');
    // 452 with 4.2.2, 552 with 5.2.2: only the class digit differs, which the class row already says.
    const q = differences(facts({ code: '452', outcome: 'transient', companions: ['4.2.2'] }), facts({ code: '552', companions: ['5.2.2'] }));
    expect(q.map((x) => x.kind)).not.toContain('companions');
    // 450 with 4.7.1 and 530 with 5.7.1: the same detail in each one's class.
    const t = differences(facts({ code: '450', outcome: 'transient', companions: ['4.7.1', '4.2.0'] }), facts({ code: '530', companions: ['5.7.1', '5.7.0'] }));
    expect(t).toContainEqual({ kind: 'companions', onlyA: ['4.2.0'], onlyB: ['5.7.0'], shared: [] });
    const r = differences(facts({ code: '550', companions: ['5.1.1', '5.7.1'] }), facts({ code: '554', companions: ['5.7.1', '5.6.0'] }));
    expect(r).toContainEqual({ kind: 'companions', onlyA: ['5.1.1'], onlyB: ['5.6.0'], shared: ['5.7.1'] });
  });
});

import { isComparablePair, parseComparisonQuery } from '../../src/lib/comparison.ts';

describe('comparison queries typed into the search box', () => {
  it('reads the usual ways of asking', () => {
    expect(parseComparisonQuery('550 vs 554')).toEqual(['550', '554']);
    expect(parseComparisonQuery(' 554 VS. 550 ')).toEqual(['554', '550']);
    expect(parseComparisonQuery('5.1.1 or 5.1.2?')).toEqual(['5.1.1', '5.1.2']);
    expect(parseComparisonQuery('421 / 450')).toEqual(['421', '450']);
    expect(parseComparisonQuery('334-vs-502')).toEqual(['334', '502']);
  });

  it('leaves pastes and single codes alone', () => {
    expect(parseComparisonQuery('550 5.1.1 user unknown')).toBeNull();
    expect(parseComparisonQuery('550 vs 550')).toBeNull();
    expect(parseComparisonQuery('Is 550 worse than 554?')).toBeNull();
  });

  it('knows which pairs have a page, matching allPairs', () => {
    expect(isComparablePair('550', '554')).toBe(true);
    expect(isComparablePair('5.1.1', '5.1.2')).toBe(true);
    expect(isComparablePair('4.2.2', '5.2.2')).toBe(true);
    expect(isComparablePair('5.1.1', '5.2.2')).toBe(false);
    expect(isComparablePair('4.1.1', '5.1.2')).toBe(false);
    expect(isComparablePair('550', '5.1.1')).toBe(false);
    const pairs = allPairs(['250', '550'], ['4.2.2', '5.2.2', '5.2.1', '5.1.1']);
    for (const [a, b] of pairs) expect(isComparablePair(a, b)).toBe(true);
    expect(pairs.length).toBe(1 + 1 + 1);
  });
});
