/**
 * The test suite's static host (scripts/serve-static.ts) under hostile request lines: the real
 * server on a free private port, spoken to with raw bytes over net.Socket so that nothing
 * normalises the request first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderLocation, readRequestTarget } from '../../scripts/lib/staticRequest.ts';

const root = new URL('../..', import.meta.url).pathname;
const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` };

interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

function parse(raw: string): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body: end === -1 ? '' : raw.slice(end + 4) };
}

function rawRequest(port: number, bytes: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: 'localhost', port });
    let data = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (d) => (data += d));
    socket.on('error', (e) => (data ? resolve(parse(data)) : reject(e)));
    socket.on('close', () => resolve(parse(data)));
    socket.write(bytes);
  });
}

const get = (port: number, target: string) => rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

function startServer(dir: string, base: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['scripts/serve-static.ts', '--dir', dir, '--port', '0', '--base', base], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const port = /localhost:(\d+)\//.exec(out)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

describe('readRequestTarget', () => {
  it('decodes each segment once and resolves "." and ".." inside the root', () => {
    expect(readRequestTarget('/smtp/./a/../550?q=1', '/')).toEqual({ kind: 'path', segments: ['smtp', '550'], trailingSlash: false, search: '?q=1' });
    expect(readRequestTarget('/%2535', '/')).toMatchObject({ segments: ['%35'] });
  });

  it('refuses what no file name can be', () => {
    for (const target of ['/%2Fevil.com%2F..%2Fsmtp', '/a%5Cb', '/a%00b', '/smtp%0d%0aSet-Cookie:x', '/%E0%A4%A', '/../etc/passwd', '/a/../../etc', 'http://evil.com/']) {
      expect(readRequestTarget(target, '/').kind, target).toBe('bad-request');
    }
  });

  it('keeps paths to the base path', () => {
    expect(readRequestTarget('/other/', '/docs/smtp/').kind).toBe('outside-base');
    expect(readRequestTarget('/docs/smtp/550/', '/docs/smtp/')).toMatchObject({ segments: ['550'], trailingSlash: true });
  });

  it('builds locations on this host only', () => {
    expect(folderLocation('/', ['evil.com', 'smtp'], '')).toBe('/evil.com/smtp/');
    expect(folderLocation('/docs/smtp/', [], '?q=1')).toBe('/docs/smtp/?q=1');
    expect(readRequestTarget('/a?x=%0d%0a\u00e9', '/')).toMatchObject({ search: '' });
  });
});

describe('serve-static under raw requests', () => {
  let server: { child: ChildProcess; port: number };
  const site = mkdtempSync(join(tmpdir(), 'serve-static-'));
  const dir = join(site, 'dist');

  beforeAll(async () => {
    mkdirSync(join(dir, 'smtp', '550'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'smtp', 'index.html'), '<p>index</p>');
    writeFileSync(join(dir, 'smtp', '550', 'index.html'), '<p>550</p>');
    writeFileSync(join(dir, '404.html'), '<p>not found</p>');
    writeFileSync(join(site, 'secret.txt'), 'outside the root');
    server = await startServer(dir, '/');
  });
  afterAll(() => {
    server?.child.kill();
  });

  it('serves pages and redirects a folder without its slash to the same host', async () => {
    expect((await get(server.port, '/smtp/550/')).body).toContain('<p>550</p>');
    const r = await get(server.port, '/smtp/550?x=1');
    expect(r.status).toBe(301);
    expect(r.headers).toMatch(/\r\nLocation: \/smtp\/550\/\?x=1(\r\n|$)/i);
  });

  it('never answers with a Location to another host', async () => {
    for (const target of ['/%2Fevil.com%2F..%2Fsmtp', '//evil.com/..%2Fsmtp', '//evil.com/../smtp', '/%5Cevil.com/../smtp', '/./%2F/evil.com']) {
      const r = await get(server.port, target);
      const location = /\r\nlocation: ([^\r]*)/i.exec(r.headers)?.[1];
      if (location !== undefined) expect(location, target).toMatch(/^\/(?![/\\])/);
    }
  });

  it('does not serve files outside its folder', async () => {
    for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/smtp/../../secret.txt']) {
      const r = await get(server.port, target);
      expect(r.body, target).not.toContain('outside the root');
      expect(r.status, target).toBeGreaterThanOrEqual(400);
    }
  });

  it('a CR LF in a path that resolves to a folder neither kills the server nor reaches a header', async () => {
    for (const target of ['/smtp/x%0d%0aSet-Cookie:%20x=1%2F..', '/smtp/x%0d%0a%2F..', '/smtp/%0aLocation:%20%2F%2Fevil.com%2F..%2F..%2Fsmtp']) {
      const r = await get(server.port, target);
      expect(r.headers, target).not.toMatch(/set-cookie|location: \/\/|evil/i);
      expect(server.child.exitCode, target).toBeNull();
    }
    expect((await get(server.port, '/smtp/550/')).status).toBe(200);
  });

  it('survives CR LF, NUL, invalid percent-encoding, a very long path and garbage, and keeps serving', async () => {
    const hostile = [
      'GET /smtp%0d%0aSet-Cookie:%20x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'GET /smtp%0aLocation:%20//evil.com HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'GET /a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'GET /%E0%A4%A HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      `GET /${'%2e%2e/'.repeat(2000)}secret.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
      'GARBAGE\r\n\r\n',
      'GET * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      'DELETE /smtp/550/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    ];
    for (const request of hostile) {
      const r = await rawRequest(server.port, request);
      expect(r.headers, request.slice(0, 60)).not.toMatch(/set-cookie|location: \/\/|evil/i);
      expect(r.body).not.toContain('outside the root');
      if (r.status !== 0) expect(r.status, request.slice(0, 60)).toBeGreaterThanOrEqual(400);
    }
    // A bare CR LF ends the request line early (HTTP/0.9-style "GET /smtp"): the rest is a request header, never echoed.
    const split = await rawRequest(server.port, 'GET /smtp\r\nSet-Cookie: x HTTP/1.1\r\n\r\n');
    expect(split.headers).not.toMatch(/set-cookie/i);
    expect(server.child.exitCode).toBeNull();
    expect((await get(server.port, '/smtp/550/')).status).toBe(200);
  });

  it('answers unknown paths with the 404 page', async () => {
    const r = await get(server.port, '/nope/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('<p>not found</p>');
  });
});
