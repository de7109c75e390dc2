import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/**
 * Pagefind indexes built HTML, so `astro dev` has no index of its own. This serves the last
 * build's dist/pagefind under /pagefind/ in dev, so search works there too.
 */
export function searchIndexInDev(): AstroIntegration {
  return {
    name: 'search-index-in-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = join(process.cwd(), 'dist', 'pagefind');
        let warned = false;
        server.middlewares.use((req, res, next) => {
          const base = server.config.base.replace(/\/?$/, '/');
          const url = (req.url ?? '').split('?')[0]!;
          if (!url.startsWith(`${base}pagefind/`)) return next();
          const file = normalize(join(root, decodeURIComponent(url.slice(`${base}pagefind/`.length))));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
            if (!warned && !existsSync(root)) logger.warn('No search index yet: run `npm run build` once so search works in dev.');
            warned = true;
            return next();
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
