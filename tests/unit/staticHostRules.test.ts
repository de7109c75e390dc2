import { describe, expect, it } from 'vitest';
import { headerRules, HOST_LIMITS, redirectLimitProblems, redirectRules } from '../../src/lib/staticHostRules.ts';

const pages = ['', 'smtp/', 'smtp/550/', '550/', 'smtp/5.1.1/', '5.1.1/', '404/', 'smtp/334-vs-502/', 'smtp/502-vs-334/', '421/'];

describe('redirectRules', () => {
  it('gives each short alias whose code page exists a rule, with and without the slash', () => {
    expect(redirectRules(pages, '/')).toEqual([
      '/5.1.1 /smtp/5.1.1/ 301',
      '/5.1.1/ /smtp/5.1.1/ 301',
      '/550 /smtp/550/ 301',
      '/550/ /smtp/550/ 301',
    ]);
  });

  it('makes no rule to a page that was not built (the 404 page is not code 404; 421 has no code page here)', () => {
    const rules = redirectRules(pages, '/');
    expect(rules.join('\n')).not.toMatch(/404|421/);
  });

  it('leaves reversed comparison pairs to their HTML redirect pages', () => {
    expect(redirectRules(pages, '/').join('\n')).not.toContain('-vs-');
  });

  it('puts the base path on both sides', () => {
    expect(redirectRules(pages, '/docs/smtp/')).toContain('/docs/smtp/550/ /docs/smtp/smtp/550/ 301');
  });
});

describe('redirectLimitProblems', () => {
  it('accepts a file within the limits and refuses one over them', () => {
    const rule = (i: number) => `/a${i} /b/ 301`;
    expect(redirectLimitProblems(Array.from({ length: HOST_LIMITS.staticRedirects }, (_, i) => rule(i)).join('\n'))).toEqual([]);
    expect(redirectLimitProblems(Array.from({ length: HOST_LIMITS.staticRedirects + 1 }, (_, i) => rule(i)).join('\n'))[0]).toMatch(/2001 static redirects/);
    expect(redirectLimitProblems(Array.from({ length: 101 }, (_, i) => `/x${i}/* /y/:splat 301`).join('\n'))[0]).toMatch(/101 dynamic/);
    expect(redirectLimitProblems(`/${'a'.repeat(1000)} /b/ 301`)[0]).toMatch(/characters/);
  });
});

describe('headerRules', () => {
  it('forbids framing and unused permissions on every path, alongside the caching rules', () => {
    const text = headerRules('/docs/');
    const all = text.split(/\n(?=\S)/)[0]!;
    expect(all.split('\n')[0]).toBe('/docs/*');
    expect(all).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(all).toContain('X-Frame-Options: DENY');
    expect(all).toMatch(/Permissions-Policy: .*camera=\(\)/);
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain('Referrer-Policy: ');
    expect(text).toContain('/docs/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
