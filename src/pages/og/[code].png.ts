import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { getCodePages, type CodePage } from '../../data/catalog.ts';
import { previewCard } from '../../lib/previewCard.ts';
import { bounceLabel, site } from '../../ui/strings.ts';

// Fonts and the renderer come from npm packages on disk: no network at build time.
const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
const fonts = [
  { name: 'Plex Sans', data: font('@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Plex Sans', data: font('@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
  { name: 'Plex Mono', data: font('@fontsource/ibm-plex-mono', 'ibm-plex-mono-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];
let wasmReady: Promise<void> | undefined;

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCodePages()).map((page) => ({ params: { code: page.code }, props: { page } }));

/** The per-code link-preview image (Open Graph / Twitter card), 1200×630 PNG. */
export const GET: APIRoute = async ({ props }) => {
  const page = (props as { page: CodePage }).page;
  wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await wasmReady;
  const svg = await satori(
    previewCard({
      code: page.code,
      title: page.entry.data.title,
      kindLabel: page.kind === 'reply' ? 'SMTP reply code' : 'SMTP enhanced status code',
      bounceLabel: bounceLabel[page.bounce],
      bounce: page.bounce,
      siteName: site.name,
    }) as Parameters<typeof satori>[0],
    { width: 1200, height: 630, fonts },
  );
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
