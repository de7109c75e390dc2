import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pairSlug, parsePairSlug } from '../lib/comparison.ts';

const ALIAS = /^(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})$/;

/**
 * Writes `_redirects` and `_headers` for hosts that read them (Netlify, Cloudflare Pages and
 * others). Every redirect also exists as a static HTML page, so hosts that ignore these files
 * still send readers to the right place.
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
        const rules: string[] = [];
        for (const { pathname } of pages) {
          const path = pathname.replace(/\/$/, '');
          if (ALIAS.test(path)) {
            rules.push(`${base}${path} ${base}smtp/${path}/ 301`, `${base}${path}/ ${base}smtp/${path}/ 301`);
            continue;
          }
          const m = /^smtp\/(.+)$/.exec(path);
          const pair = m ? parsePairSlug(m[1]!) : null;
          if (pair && pairSlug(pair[0], pair[1]) !== m![1]) {
            const target = `${base}smtp/${pairSlug(pair[0], pair[1])}/`;
            rules.push(`${base}${path} ${target} 301`, `${base}${path}/ ${target} 301`);
          }
        }
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_redirects`, `${rules.sort().join('\n')}\n`);
        writeFileSync(
          `${out}/_headers`,
          [
            `${base}*`,
            '  X-Content-Type-Options: nosniff',
            '  Referrer-Policy: strict-origin-when-cross-origin',
            `${base}_astro/*`,
            '  Cache-Control: public, max-age=31536000, immutable',
            `${base}smtp/*`,
            '  Cache-Control: public, max-age=600, must-revalidate',
            `${base}pagefind/*`,
            '  Cache-Control: public, max-age=600, must-revalidate',
            `${base}api/*`,
            '  Cache-Control: public, max-age=600, must-revalidate',
            '',
          ].join('\n'),
        );
      },
    },
  };
}
