// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { compareCodes } from './src/lib/replyCode.ts';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { searchIndexInDev } from './src/integrations/searchIndexInDev.ts';
import { staticHostFiles } from './src/integrations/staticHostFiles.ts';
import { siteUrlCheck } from './src/integrations/siteUrlCheck.ts';

/** Redirect pages (short aliases, reversed comparisons) and the duplicate /smtp/ index stay out of the sitemap. */
/** @param {string} url */
function isCanonicalPage(url) {
  const path = new URL(url).pathname.replace(base, '/');
  if (/^\/(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})\/$/.test(path)) return false;
  if (path === '/smtp/' || path === '/404/') return false;
  const pair = /^\/smtp\/(.+)-vs-(.+)\/$/.exec(path);
  if (pair) return compareCodes(pair[1], pair[2]) < 0;
  return true;
}

/**
 * SITE_URL and BASE_PATH make the site deployable anywhere, e.g.
 *   SITE_URL=https://example.org BASE_PATH=/docs/smtp/ npm run build
 */
const PLACEHOLDER_SITE = 'https://smtp-codes.example.org';
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Lets tests build fixture content without touching the real data store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // The bounce reader reads pastes in a module worker (src/scripts/readerWorker.ts); ES output lets
  // the worker's code split (a lazily loaded MIME parser) where the default IIFE format cannot.
  vite: { worker: { format: 'es' } },
  security: {
    // Astro hashes its own scripts and styles into a CSP meta tag; nothing inline is trusted
    // without a hash. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), sitemap({ filter: isCanonicalPage }), searchIndexInDev(), staticHostFiles(), siteUrlCheck(process.env.SITE_URL, PLACEHOLDER_SITE)],
  markdown: {
    // Shiki's inline styles would need 'unsafe-inline' under the CSP; entries have no code blocks to highlight.
    syntaxHighlight: false,
    // Astro 7 renders Markdown with Sätteri, which runs no remark plugins; the unified
    // processor is what makes remark-gfm actually run (proved by tests/e2e/content.spec.ts).
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
});
