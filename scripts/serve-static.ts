/**
 * A minimal static file server that behaves like a plain static host: it serves the built
 * folder under the base path, resolves directories to index.html, redirects "/smtp/550" to
 * "/smtp/550/", and answers unknown paths with 404.html. Used by the browser tests.
 *
 *   node scripts/serve-static.ts --dir dist --port 4329 --base /
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const dir = resolve(args.get('dir') ?? 'dist');
const port = Number(args.get('port') ?? 4329);
const base = (args.get('base') ?? '/').replace(/\/?$/, '/');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: import('node:http').ServerResponse, file: string, status = 200): void {
  res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/';
  }
  const notFound = join(dir, '404.html');
  if (!path.startsWith(base) && `${path}/` !== base) {
    return existsSync(notFound) ? send(res, notFound, 404) : res.writeHead(404).end();
  }
  const local = normalize(join(dir, path.slice(base.length - 1)));
  if (!local.startsWith(dir)) return res.writeHead(403).end();
  if (existsSync(local) && statSync(local).isFile()) return send(res, local);
  if (existsSync(join(local, 'index.html'))) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { Location: `${path}/${url.search}` });
      return res.end();
    }
    return send(res, join(local, 'index.html'));
  }
  return existsSync(notFound) ? send(res, notFound, 404) : res.writeHead(404).end();
}).listen(port, 'localhost', () => {
  console.log(`Serving ${dir} at http://localhost:${port}${base}`);
});
