import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { getCodePages, type CodePage } from '../../data/catalog.ts';
import { previewCard } from '../../lib/previewCard.ts';
import { site } from '../../ui/strings.ts';
import { bounceShort } from '../../ui/factText.ts';

// Fonts and the renderer come from npm packages on disk: no network at build time.
const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
const fonts = [
  { name: 'Plex Sans', data: font('@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Plex Sans', data: font('@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  { name: 'Plex Mono', data: font('@fontsource/ibm-plex-mono', 'ibm-plex-mono-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];
let wasmReady: Promise<void> | undefined;

/**
 * Rendering costs ~50 ms an image; the same card always renders to the same PNG, so builds
 * reuse earlier renders (keyed by the card's content and this file's renderer version).
 */
const RENDER_VERSION = 1;
const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'og-images');

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCodePages()).map((page) => ({ params: { code: page.code }, props: { page } }));

/** The per-code link-preview image (Open Graph / Twitter card), 1200×630 PNG. */
export const GET: APIRoute = async ({ props }) => {
  const page = (props as { page: CodePage }).page;
  const card = {
    code: page.code,
    title: page.entry.data.title,
    kindLabel: page.kind === 'reply' ? 'SMTP reply code' : 'SMTP enhanced status code',
    bounceLabel: bounceShort(page.bounce, page.facts.fate),
    bounce: page.bounce,
    siteName: site.name,
  } as const;
  const key = createHash('sha256').update(JSON.stringify({ RENDER_VERSION, card })).digest('hex').slice(0, 24);
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return new Response(new Uint8Array(readFileSync(cached)), { headers: { 'Content-Type': 'image/png' } });

  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await wasmReady;
  const svg = await satori(previewCard(card) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
