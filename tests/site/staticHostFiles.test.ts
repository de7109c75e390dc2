/** dist/_redirects and dist/_headers: within the hosts' limits, and every redirect lands on a real page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_LIMITS, redirectLimitProblems } from '../../src/lib/staticHostRules.ts';
import { base, distDir, isRedirectPage, read } from './builtSite.ts';

/** The built page a site path is served from, or null. */
function pageAt(path: string): string | null {
  if (!path.startsWith(base)) return null;
  const file = join(distDir, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && file.endsWith('.html') ? file : null;
}

describe('_redirects', () => {
  const text = read(join(distDir, '_redirects'));
  const rules = text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));

  it('fits the limits of Cloudflare Pages (the tightest host that reads it)', () => {
    expect(redirectLimitProblems(text)).toEqual([]);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(HOST_LIMITS.staticRedirects);
  });

  it('has well-formed rules, each source once', () => {
    for (const rule of rules) {
      expect(rule, rule.join(' ')).toHaveLength(3);
      expect(rule[2]).toBe('301');
    }
    const sources = rules.map((r) => r[0]);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('sends every rule to a page that exists in dist/ and is not itself a redirect', () => {
    const broken = rules
      .map(([, to]) => to!)
      .filter((to) => {
        const page = pageAt(to);
        return !page || isRedirectPage(read(page));
      });
    expect(broken).toEqual([]);
  });

  it('never hides a real page behind a rule', () => {
    const hidden = rules.map(([from]) => from!).filter((from) => {
      const page = pageAt(from.endsWith('/') ? from : `${from}/`);
      return page !== null && !isRedirectPage(read(page));
    });
    expect(hidden).toEqual([]);
  });
});

describe('_headers', () => {
  const text = read(join(distDir, '_headers'));
  const blocks = text.split(/\n(?=\S)/).map((b) => b.trim()).filter(Boolean);
  const all = blocks.find((b) => b.split('\n')[0] === `${base}*`) ?? '';

  it('protects every path against framing and unused permissions, beside the caching rules', () => {
    expect(all).toMatch(/^\s+X-Frame-Options: DENY$/m);
    expect(all).toMatch(/^\s+Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(all).toMatch(/^\s+Permissions-Policy: \S/m);
    expect(all).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(all).toMatch(/^\s+Referrer-Policy: \S/m);
    expect(text).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  it('fits the limits of Cloudflare Pages', () => {
    expect(blocks.length).toBeLessThanOrEqual(HOST_LIMITS.headerRules);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(HOST_LIMITS.headerLineChars);
  });
});
