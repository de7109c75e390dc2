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
