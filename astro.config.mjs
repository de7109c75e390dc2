// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://smtp-codes.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Astro 7 renders Markdown with Sätteri, which runs no remark plugins; the unified
    // processor is what makes remark-gfm actually run (proved by tests/e2e/gfm.spec.ts).
    processor: unified({ remarkPlugins: [remarkGfm] }),
  },
});
