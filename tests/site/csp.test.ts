/**
 * Every page carries Astro's CSP meta tag without 'unsafe-inline' scripts, every inline
 * script that runs is covered by a hash in it, and no page loads anything from another host.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlFiles, isRedirectPage, read, rel } from './builtSite.ts';

function csp(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return m ? m[1]!.replace(/&#39;/g, "'") : null;
}

describe('content security policy', () => {
  const pages = htmlFiles()
    .map((f) => ({ file: f, html: read(f) }))
    .filter((p) => !isRedirectPage(p.html));

  it('every content page has a CSP with no unsafe-inline or unsafe-eval for scripts', () => {
    const problems: string[] = [];
    for (const { file, html } of pages) {
      const policy = csp(html);
      if (!policy) {
        problems.push(`${rel(file)}: no CSP meta tag`);
        continue;
      }
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${rel(file)}: script-src allows ${scriptSrc.trim()}`);
      if (!/default-src 'self'/.test(policy)) problems.push(`${rel(file)}: no default-src 'self'`);
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('every inline script that would run is covered by a hash', () => {
    const problems: string[] = [];
    for (const { file, html } of pages) {
      const policy = csp(html) ?? '';
      for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1] ?? '';
        if (/type="application\/ld\+json"/.test(attrs) || /\ssrc=/.test(attrs)) continue;
        const hash = `sha256-${createHash('sha256').update(m[2]!).digest('base64')}`;
        if (!policy.includes(hash)) problems.push(`${rel(file)}: inline script without a CSP hash`);
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });

  it('no page loads a script, style, image, font or frame from another host', () => {
    const problems: string[] = [];
    const loaders = /<(script|link|img|iframe|source|video|audio|embed|object)\s[^>]*?(?:src|href|data)="(https?:)?\/\/[^"]*"/g;
    for (const { file, html } of pages) {
      for (const m of html.matchAll(loaders)) {
        // <link rel="canonical"> and similar metadata links are not loads.
        if (m[1] === 'link' && !/rel="(stylesheet|preload|modulepreload|icon|manifest)"/.test(m[0])) continue;
        problems.push(`${rel(file)}: ${m[0].slice(0, 120)}`);
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });
});
