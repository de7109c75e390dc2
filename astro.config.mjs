// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { searchIndexInDev } from './src/integrations/searchIndexInDev.ts';

/**
 * SITE_URL and BASE_PATH make the site deployable anywhere, e.g.
 *   SITE_URL=https://example.org BASE_PATH=/docs/smtp/ npm run build
 */
const site = process.env.SITE_URL ?? 'https://smtp-codes.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Lets tests build fixture content without touching the real data store.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  integrations: [mdx(), searchIndexInDev()],
  markdown: {
    // Astro 7 renders Markdown with Sätteri, which runs no remark plugins; the unified
    // processor is what makes remark-gfm actually run (proved by tests/e2e/content.spec.ts).
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
});
