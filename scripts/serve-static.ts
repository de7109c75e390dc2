/**
 * A minimal static file server that behaves like a plain static host: it serves the built
 * folder under the base path, resolves directories to index.html, redirects "/smtp/550" to
 * "/smtp/550/", and answers unknown paths with 404.html. Used by the browser tests.
 *
 *   node scripts/serve-static.ts --dir dist --port 4329 --base /     (--port 0 picks a free port)
 *
 * Request paths are read by scripts/lib/staticRequest.ts: decoded once, confined to the folder,
 * and redirected only to this host. No request, however malformed, stops the server.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { folderLocation, readRequestTarget } from './lib/staticRequest.ts';

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

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, status = 200): void {
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendStatus(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

function notFound(req: IncomingMessage, res: ServerResponse): void {
  const page = join(dir, '404.html');
  const info = statOf(page);
  if (info?.isFile()) sendFile(req, res, page, info.size, 404);
  else sendStatus(res, 404, 'Not found');
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendStatus(res, 405, 'Method not allowed');
  }
  const target = readRequestTarget(req.url ?? '/', base);
  if (target.kind === 'bad-request') return sendStatus(res, 400, `Bad request: ${target.why}`);
  if (target.kind === 'outside-base') return notFound(req, res);
  // Segments hold no "/", "\", "." or ".." and no control character, so the file is inside dir.
  const local = join(dir, ...target.segments);
  const info = statOf(local);
  if (info?.isFile()) return sendFile(req, res, local, info.size);
  const index = join(local, 'index.html');
  const indexInfo = info?.isDirectory() ? statOf(index) : null;
  if (indexInfo?.isFile()) {
    if (!target.trailingSlash) {
      res.writeHead(301, { Location: folderLocation(base, target.segments, target.search) });
      return void res.end();
    }
    return sendFile(req, res, index, indexInfo.size);
  }
  return notFound(req, res);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch {
    if (!res.headersSent) sendStatus(res, 500, 'Internal error');
    else res.destroy();
  }
});
// A request Node's parser refuses (bad request line, headers too large) gets an answer, not a crash.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (socket.writable) socket.end(error.code === 'HPE_HEADER_OVERFLOW' ? 'HTTP/1.1 431 Request Header Fields Too Large\r\n\r\n' : 'HTTP/1.1 400 Bad Request\r\n\r\n');
  else socket.destroy();
});
server.listen(port, 'localhost', () => {
  console.log(`Serving ${dir} at http://localhost:${(server.address() as AddressInfo).port}${base}`);
});
