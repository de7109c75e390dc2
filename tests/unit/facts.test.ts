import { describe, expect, it } from 'vitest';
import { bounceOfFate, classDefaults, declarationProblems, factModel } from '../../src/lib/facts.ts';
import { lowerFirst } from '../../src/lib/prose.ts';

describe('the fact model of a code', () => {
  it('takes the class rules as defaults, sourced to the RFC', () => {
    const m = factModel({ code: '550', kind: 'reply', outcome: 'permanent', category: 'mailbox' });
    expect(m.fate).toMatchObject({ value: 'returned', declared: false });
    expect(m.fate.source).toMatch(/RFC 5321 §4\.2\.1/);
    expect(m.action.value).toBe('suppress');
    expect(m.bounce).toBe('hard');
    expect(m.stagesComplete).toBe(true);
  });

  it('lets a declaration override the class, visibly (declared, with its source and note)', () => {
    const m = factModel({
      code: '502',
      kind: 'reply',
      outcome: 'permanent',
      category: 'protocol',
      declared: { fate: { value: 'depends', decidedBy: ['command'], note: 'A 502 to VRFY costs nothing.', source: 'RFC 5321 §4.2.4' } },
    });
    expect(m.fate).toEqual({ value: 'depends', source: 'RFC 5321 §4.2.4', declared: true, decidedBy: ['command'], note: 'A 502 to VRFY costs nothing.' });
    expect(m.bounce).toBe('depends');
    expect(classDefaults('permanent', 'protocol').bounce).toBe('hard');
  });

  it('applies a class-limited declaration only to its class (5.7.1 depends, 4.7.1 retries)', () => {
    const declared = { action: { value: 'depends' as const, classes: ['5'], decidedBy: ['reply text' as const], note: 'Read the text.', source: 'RFC 3463 §3.8' } };
    expect(factModel({ code: '5.7.1', kind: 'enhanced', outcome: 'permanent', category: 'policy', declared }).action.value).toBe('depends');
    expect(factModel({ code: '4.7.1', kind: 'enhanced', outcome: 'transient', category: 'policy', declared }).action.value).toBe('retry');
  });

  it('makes a permanent "other or undefined" enhanced code (X.N.0) depend on the reply text', () => {
    const m = factModel({ code: '5.0.0', kind: 'enhanced', outcome: 'permanent', category: 'protocol' });
    expect(m.action).toMatchObject({ value: 'depends', decidedBy: ['reply text'], declared: false });
    expect(factModel({ code: '4.0.0', kind: 'enhanced', outcome: 'transient', category: 'protocol' }).action.value).toBe('retry');
  });

  it('gives an enhanced code only its own observed stages, never complete', () => {
    const m = factModel({ code: '5.7.4', kind: 'enhanced', outcome: 'permanent', category: 'authentication', observedStages: ['AUTH'] });
    expect(m.stages).toEqual(['AUTH']);
    expect(m.stagesComplete).toBe(false);
    expect(factModel({ code: '5.7.4', kind: 'enhanced', outcome: 'permanent', category: 'authentication' }).stages).toEqual([]);
  });

  it('adds a reply code’s stages seen in its own log lines to the RFC table', () => {
    const m = factModel({ code: '554', kind: 'reply', outcome: 'permanent', category: 'policy', observedStages: ['RCPT TO'] });
    expect(m.stages).toContain('RCPT TO');
    expect(m.stageSource).toMatch(/log lines/);
  });

  it('maps fates to badges', () => {
    expect(['delivered', 'continues', 'deferred', 'returned', 'depends'].map((f) => bounceOfFate(f as 'delivered'))).toEqual(['none', 'none', 'soft', 'hard', 'depends']);
  });

  it('refuses a "depends" without what decides it or how', () => {
    expect(declarationProblems({ action: { value: 'depends', source: 'RFC 5321' } })).toHaveLength(2);
    expect(declarationProblems({ action: { value: 'depends', decidedBy: ['enhanced code'], note: 'With 5.1.1 remove it.', source: 'RFC 5321' } })).toEqual([]);
  });
});

describe('lowerFirst keeps names and acronyms', () => {
  it('lower-cases ordinary words only', () => {
    expect(lowerFirst('Microsoft 365 throttles new IPs')).toBe('Microsoft 365 throttles new IPs');
    expect(lowerFirst('DNS has no MX')).toBe('DNS has no MX');
    expect(lowerFirst('UTF-8 header')).toBe('UTF-8 header');
    expect(lowerFirst('The mailbox is full')).toBe('the mailbox is full');
    expect(lowerFirst('Postfix’s check')).toBe('Postfix’s check');
  });
});
