import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, redirectLimitProblems, redirectRules } from '../lib/staticHostRules.ts';

/**
 * Writes `_redirects` and `_headers` for hosts that read them (Netlify, Cloudflare Pages).
 * Every redirect also exists as a static HTML page, so hosts that ignore these files still
 * send readers to the right place. A `_redirects` over the hosts' limits fails the build.
 */
export function staticHostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, pages }) => {
        const redirects = `${redirectRules(pages.map((p) => p.pathname), base).join('\n')}\n`;
        const problems = redirectLimitProblems(redirects);
        if (problems.length > 0) throw new Error(`_redirects would not be accepted by every host:\n  - ${problems.join('\n  - ')}`);
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_redirects`, redirects);
        writeFileSync(`${out}/_headers`, headerRules(base));
      },
    },
  };
}
