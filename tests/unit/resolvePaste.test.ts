import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../../src/lib/codeIndex.ts';
import { resolvePaste } from '../../src/lib/resolvePaste.ts';

const record = (code: string, kind: 'reply' | 'enhanced'): CodeRecord => ({
  code,
  kind,
  title: `Title of ${code}`,
  summary: '',
  class: code[0]!,
  bounce: code[0] === '5' ? 'hard' : code[0] === '4' ? 'soft' : 'none',
  url: `/smtp/${code}/`,
  related: [],
});
const codes = new Map(
  [record('550', 'reply'), record('5.1.1', 'enhanced'), record('421', 'reply'), { ...record('5.7.606', 'enhanced'), detailRange: [606, 649] as [number, number] }, record('5.7.650', 'enhanced')].map((r) => [r.code, r]),
);

describe('resolving a paste to a page', () => {
  it('prefers the enhanced code page when the site has it', () => {
    expect(resolvePaste('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown', codes)).toEqual({
      reply: '550',
      enhanced: '5.1.1',
      url: '/smtp/5.1.1/',
      title: 'Title of 5.1.1',
      bounce: 'hard',
    });
  });

  it('falls back to the reply page for an enhanced code without a page, and still reports it', () => {
    const r = resolvePaste('550 5.7.599 Access denied [192.0.2.1]', codes);
    expect(r).toMatchObject({ reply: '550', enhanced: '5.7.599', url: '/smtp/550/', bounce: 'hard' });
  });

  it('gives a soft bounce for a 4xx and nothing for text without codes', () => {
    expect(resolvePaste('421 Service not available, closing transmission channel', codes)).toMatchObject({ reply: '421', url: '/smtp/421/', bounce: 'soft' });
    expect(resolvePaste('connection timed out', codes)).toEqual({ reply: null, enhanced: null, url: null, title: null, bounce: null });
  });

  it('sends a code inside a documented vendor block to the page of that block', () => {
    expect(resolvePaste('550 5.7.612 Access denied, banned sending IP [192.0.2.1]', codes)).toMatchObject({ enhanced: '5.7.612', url: '/smtp/5.7.606/' });
    expect(resolvePaste('550 5.7.649 Access denied', codes).url).toBe('/smtp/5.7.606/');
    // Outside the block, or in another class, the reply page stays the answer.
    expect(resolvePaste('550 5.7.650 something else', codes).url).toBe('/smtp/5.7.650/');
    expect(resolvePaste('550 5.7.660 something else', codes).url).toBe('/smtp/550/');
    expect(resolvePaste('450 4.7.612 later', codes).url).toBe(null);
  });
});

describe('bounce type as the page states it', () => {
  it('follows a declared fate: a 502 is not a hard bounce, a 550 is', async () => {
    const { codeIndexFromContent } = await import('../../scripts/lib/contentFiles.ts');
    const { indexByCode } = await import('../../src/lib/codeIndex.ts');
    const site = indexByCode(codeIndexFromContent());
    expect(site.get('502')?.bounce).toBe('depends');
    expect(resolvePaste('502 5.5.1 Unrecognized command', site).bounce).toBeNull();
    expect(resolvePaste('550 5.1.1 User unknown', site).bounce).toBe('hard');
    expect(resolvePaste('452 4.2.2 Mailbox full', site).bounce).toBe('soft');
  });
});
