/**
 * Every 4xx/5xx reply code an RFC defines links to at least one enhanced-code page, and each of
 * those pages links back. (Codes no RFC defines link only where evidence shows an enhanced code.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import references from '../../src/data/smtp-reply-codes.json' with { type: 'json' };
import type { CodeIndex } from '../../src/lib/codeIndex.ts';
import { distDir } from './builtSite.ts';

describe('reply ↔ enhanced cross-links', () => {
  const index = JSON.parse(readFileSync(join(distDir, 'api/codes.json'), 'utf8')) as CodeIndex;
  const byCode = new Map(index.codes.map((c) => [c.code, c]));

  it('every RFC 4xx/5xx reply page links to an enhanced page that links back', () => {
    const problems: string[] = [];
    for (const { code } of references.filter((r) => r.code[0] === '4' || r.code[0] === '5')) {
      const reply = byCode.get(code);
      if (!reply) {
        problems.push(`${code}: no page`);
        continue;
      }
      const enhanced = reply.related.filter((r) => byCode.get(r)?.kind === 'enhanced');
      if (enhanced.length === 0) problems.push(`${code}: links to no enhanced page`);
      for (const e of enhanced) {
        if (!byCode.get(e)!.related.includes(code)) problems.push(`${code} → ${e}: no link back`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('enhanced → reply links', () => {
  const smtp = join(distDir, 'smtp');
  const index = JSON.parse(readFileSync(join(distDir, 'api/codes.json'), 'utf8')) as CodeIndex;
  const enhancedPages = index.codes.filter((c) => c.kind === 'enhanced');
  const replyLinksOf = (code: string): string[] => {
    const html = readFileSync(join(smtp, code, 'index.html'), 'utf8');
    const start = html.indexOf('id="reply-codes"');
    if (start < 0) return [];
    const section = html.slice(start, html.indexOf('</section>', start));
    return [...section.matchAll(/href="[^"]*\/smtp\/(\d{3})\/"/g)].map((m) => m[1]!);
  };
  // 2.1.9 appears only in the Status: field of a delivery report ("relayed to a non-compliant
  // mailer"): no reply code is recorded with it anywhere, so it has no reply page to link.
  // 5.7.10's only registry reply code is 523, which no RFC defines (no page), and its standard use
  // is the Status of a REQUIRETLS report (RFC 8689 §4.2.1); no sourced log line pairs it with a reply.
  // 5.7.17, 5.7.18 and 5.7.19 (RRVS, RFC 7293): the registry gives only "5XX", no product is known
  // to implement RRVS, and their pages' lines are RFC 7293 illustrations, which are no evidence.
  const noReplyRecorded = new Set(['2.1.9', '5.7.10', '5.7.17', '5.7.18', '5.7.19']);

  it('every enhanced page links at least one reply page, which links back to it or its other class', () => {
    const problems: string[] = [];
    for (const { code } of enhancedPages) {
      if (noReplyRecorded.has(code)) continue;
      const replies = replyLinksOf(code);
      if (replies.length === 0) problems.push(`${code}: links to no reply page`);
      for (const r of replies) {
        const back = index.codes.find((c) => c.code === r)?.related ?? [];
        if (!back.some((e) => e.slice(1) === code.slice(1))) problems.push(`${code} → ${r}: no link back to ${code} or its other class`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the exemption stays true: nothing records a reply code with 2.1.9', () => {
    for (const code of noReplyRecorded) expect(index.codes.find((c) => c.code === code)?.related.filter((r) => /^\d{3}$/.test(r))).toEqual([]);
  });
});
