/**
 * Each rule of the consistency check, proved on a planted contradiction (must fail) and on the
 * corrected text (must pass). These fixtures are the durable proof that the check can fail.
 */
import { describe, expect, it } from 'vitest';
import { stagesFor } from '../../src/lib/commandReplies.ts';
import {
  checkAction,
  checkBadge,
  checkCurated,
  checkLogClass,
  checkProperNouns,
  checkStageClaims,
  checkSubstance,
  stagesNamed,
  type CodePageView,
  type ComparisonView,
  type StageFacts,
} from '../../src/lib/factsCheck.ts';

const page = (over: Partial<CodePageView> & { code: string }): CodePageView => ({
  kind: 'reply',
  bounce: 'hard',
  action: 'fix-and-resend',
  actionText: 'Do not retry unchanged: fix the cause first, then send again.',
  logLines: [],
  handWritten: '',
  ...over,
});

const view = (over: Partial<ComparisonView> & { a: string; b: string }): ComparisonView => ({
  summary: '',
  differences: [],
  rows: [],
  generatedText: '',
  ...over,
});

describe('badge vs declared fate', () => {
  const declared = { fate: { value: 'depends' as const, decidedBy: ['command' as const], note: 'After VRFY the session goes on.', source: 'RFC 5321 §4.2.4' } };
  it('fails a hard-bounce badge on a code whose declared fate is "depends"', () => {
    expect(checkBadge(page({ code: '502', bounce: 'hard', declared }))).toHaveLength(1);
    expect(checkBadge(page({ code: '502', bounce: 'depends', declared }))).toEqual([]);
  });
  it('fails a hard-bounce badge when the hand-written text says the session goes on', () => {
    expect(checkBadge(page({ code: '500', bounce: 'hard', handWritten: 'The command was ignored and the session goes on.' }))).toHaveLength(1);
  });
  it('holds undeclared codes to their class', () => {
    expect(checkBadge(page({ code: '450', bounce: 'hard' }))).toHaveLength(1);
    expect(checkBadge(page({ code: '450', bounce: 'soft' }))).toEqual([]);
  });
  it('applies a class-limited declaration only to that class', () => {
    const only5 = { fate: { value: 'returned' as const, source: 'RFC 3463', classes: ['5'] } };
    expect(checkBadge(page({ code: '4.4.7', kind: 'enhanced', bounce: 'soft', declared: only5 }))).toEqual([]);
  });
});

describe('"What to do" vs the entry’s own text', () => {
  it('fails "remove the address" where the entry says it depends on the enhanced code', () => {
    const handWritten = 'Whether you should remove the address depends on the enhanced code: 5.1.1 means the mailbox is gone.';
    expect(checkAction(page({ code: '550', action: 'suppress', handWritten }))).toHaveLength(1);
    expect(checkAction(page({ code: '550', action: 'depends', actionText: 'It depends on the enhanced code.', handWritten }))).toEqual([]);
  });
  it('fails "remove the address" where the entry says the address is not the problem', () => {
    expect(checkAction(page({ code: '5.7.54', action: 'suppress', handWritten: 'This is a relay refusal, not the address.' }))).toHaveLength(1);
  });
  it('fails "do not retry unchanged" where the entry says to try again later (5.2.122)', () => {
    const handWritten = 'Try again later; the limit frees up as the hour rolls over.';
    expect(checkAction(page({ code: '5.2.122', handWritten }))).toHaveLength(1);
    expect(checkAction(page({ code: '5.2.122', handWritten, actionText: 'Send the message again later; the limit clears by itself.' }))).toEqual([]);
  });
  it('fails a class-default action beside a declared fate that loses no message (453, 458, 459 before their actions were declared)', () => {
    const declared = { fate: { value: 'continues' as const, source: 'RFC 1985' } };
    // Planted: the 4xx default "retry with backoff" on an ETRN reply that defers no message.
    expect(checkAction(page({ code: '459', action: 'retry', declared }))).toHaveLength(1);
    expect(checkAction(page({ code: '459', action: 'fix-and-resend', declared: { ...declared, action: { value: 'fix-and-resend' as const, source: 'RFC 1985' } } }))).toEqual([]);
    expect(checkAction(page({ code: '453', action: 'none', declared }))).toEqual([]);
  });
  it('fails a "depends" that does not say on what', () => {
    expect(checkAction(page({ code: '554', action: 'depends', actionText: 'Read the reply.' }))).toHaveLength(1);
  });
});

describe('log lines of the page’s own class', () => {
  it('fails a 4.4.4 page that shows a 5.4.4 line, passes a line without a code', () => {
    const lines = ['dsn=5.4.4, status=bounced (Host or domain name not found)', 'Diagnostic-Code: X-Postfix; Host or domain name not found'];
    expect(checkLogClass(page({ code: '4.4.4', kind: 'enhanced', logLines: lines }))).toHaveLength(1);
    expect(checkLogClass(page({ code: '4.4.4', kind: 'enhanced', logLines: lines.slice(1) }))).toEqual([]);
  });
});

describe('substance of a comparison', () => {
  it('fails an empty list of differences (the old 211-vs-214)', () => {
    expect(checkSubstance(view({ a: '211', b: '214', summary: 'They tell you different things.' }))).toHaveLength(2);
  });
  it('fails one real difference with no explanation, passes it with one', () => {
    const one = [{ kind: 'category', text: '…' }, { kind: 'severity', text: '…' }];
    expect(checkSubstance(view({ a: '5.1.1', b: '5.1.2', differences: one }))).toHaveLength(1);
    expect(checkSubstance(view({ a: '5.1.1', b: '5.1.2', differences: [...one, { kind: 'undecided', text: 'What decides is …' }] }))).toEqual([]);
  });
  it('fails the filler "The code itself is the tell"', () => {
    const two = [{ kind: 'category', text: '' }, { kind: 'action', text: '' }];
    expect(checkSubstance(view({ a: '211', b: '214', differences: two, generatedText: 'The code itself is the tell: 211.' }))).toHaveLength(1);
  });
});

describe('claims about which commands a code answers', () => {
  const facts = new Map<string, StageFacts>(
    ['334', '421', '500', '502', '530', '550', '554'].map((c) => [c, { stages: stagesFor(c), complete: true }]),
  );
  facts.set('5.7.4', { stages: [], complete: false });
  facts.set('5.7.1', { stages: ['RCPT TO'], complete: false });
  it('fails the seed example: "only 502 answers … or any command"', () => {
    const text = 'They come at different points of the session: only 334 answers AUTH, and only 502 answers EHLO/HELO, VRFY, EXPN, HELP or any command.';
    const problems = checkStageClaims(view({ a: '334', b: '502', generatedText: text }), facts);
    expect(problems.some((p) => p.includes('any command') || p.includes('AUTH'))).toBe(true);
  });
  it('fails "only 502 answers EHLO/HELO" against 500, which answers any command', () => {
    expect(checkStageClaims(view({ a: '500', b: '502', generatedText: 'only 502 answers EHLO/HELO.' }), facts)).not.toEqual([]);
  });
  it('fails "X can answer any command" for a code RFC 5321 §4.3.2 does not name', () => {
    expect(checkStageClaims(view({ a: '502', b: '550', generatedText: '502 can answer any command, while 550 is listed only for particular ones.' }), facts)).toHaveLength(1);
    expect(checkStageClaims(view({ a: '421', b: '554', generatedText: '421 can answer any command, while 554 is listed only for particular ones.' }), facts)).toEqual([]);
  });
  it('fails any exclusive stage claim about an enhanced code (its stages are never a complete list)', () => {
    expect(checkStageClaims(view({ a: '5.7.1', b: '5.7.4', generatedText: 'only 5.7.4 answers HELP.' }), facts)).not.toEqual([]);
  });
  it('passes a true exclusive claim', () => {
    const differences = [{ kind: 'stages', text: 'RFC 5321 §4.3.2 and its extensions list them for different commands: 550 answers RCPT TO; 554 answers connection. Both can answer end of data.' }];
    expect(checkStageClaims(view({ a: '550', b: '554', differences, generatedText: differences[0]!.text }), facts)).toEqual([]);
  });
  it('reads stage names out of a phrase', () => {
    expect(stagesNamed('EHLO/HELO, VRFY or any command').sort()).toEqual(['EHLO/HELO', 'VRFY', 'any command'].sort());
  });
});

describe('curated text vs generated rows', () => {
  const curated = 'Then send the message again, because the expired copy will not be retried.';
  it('fails the old 4.4.7-vs-5.4.7: curated says no retry, generated says the server retries', () => {
    const rows = [{ label: 'Bounce type', a: 'Soft bounce (temporary)', b: 'Hard bounce (permanent)' }];
    const differences = [{ kind: 'fate', text: 'What happens to the message differs. 4.4.7: the sending server keeps the message and retries. 5.4.7: returned.' }];
    const problems = checkCurated(view({ a: '4.4.7', b: '5.4.7', rows, curated: `4.4.7 and 5.4.7 both expire. ${curated}`, differences }));
    expect(problems.length).toBeGreaterThanOrEqual(1);
  });
  it('passes when the rows agree', () => {
    const rows = [{ label: 'Bounce type', a: '', b: '', both: 'Hard bounce (permanent)' }];
    expect(checkCurated(view({ a: '4.4.7', b: '5.4.7', rows, curated: `4.4.7 and 5.4.7 both expire. ${curated}` }))).toEqual([]);
  });
});

describe('proper nouns keep their case', () => {
  it('fails "microsoft 365" in generated text, not a host name', () => {
    expect(checkProperNouns('x', 'Typical cause: microsoft 365 throttles new IPs')).toHaveLength(1);
    expect(checkProperNouns('x', 'see support.google.com and outlook.com, Microsoft 365')).toEqual([]);
  });
});
