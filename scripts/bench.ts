/**
 * npm run bench: measures, never asserts. Prints a table and writes bench-results/bench.json.
 *
 * - a clean build: wall time, pages per second, peak memory (GNU time when available)
 * - pages by type, dist size, Pagefind index size
 * - per page type, first-visit bytes (HTML, CSS, JS loaded up front), raw and gzipped
 * - bytes transferred by the first search in Chromium
 * - paste-resolution accuracy per field on the fixture set, and a Pagefind-only baseline
 * - message reading accuracy (codes, reason, verdict) per corpus and the time to read 50 KB
 *   (scripts/lib/benchAccuracy.ts); `npm run bench -- --accuracy-only` runs just that part,
 *   `--misses` also lists the development part's misses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parsePastedError } from '../src/lib/parsePastedError.ts';
import { parseFixtureTsv, scorePastes } from '../src/lib/pasteFixtures.ts';
import { launchBrowser, serveDist } from './lib/browser.ts';
import { projectRoot } from './lib/contentFiles.ts';
import { walk } from '../tests/site/builtSite.ts';
import { accuracy, printAccuracy } from './lib/benchAccuracy.ts';

if (process.argv.includes('--accuracy-only')) {
  printAccuracy(await accuracy({ misses: process.argv.includes('--misses') }));
  process.exit(0);
}

const dist = join(projectRoot, 'dist');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

// 1. Clean build.
rmSync(dist, { recursive: true, force: true });
rmSync(join(projectRoot, 'node_modules/.astro'), { recursive: true, force: true });
// A cold build: no content store and no cached preview images.
rmSync(join(projectRoot, 'node_modules/.cache/og-images'), { recursive: true, force: true });
const hasGnuTime = existsSync('/usr/bin/time');
const started = performance.now();
const build = hasGnuTime
  ? spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', 'npm', 'run', 'build'], { cwd: projectRoot, encoding: 'utf8' })
  : spawnSync('npm', ['run', 'build'], { cwd: projectRoot, encoding: 'utf8' });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const peakRss = /PEAK_RSS_KB=(\d+)/.exec(build.stderr)?.[1];

// 2. What was built.
const files = walk(dist);
const html = files.filter((f) => f.endsWith('.html'));
function typeOf(file: string, text: string): string {
  const rel = file.slice(dist.length + 1);
  if (/http-equiv="refresh"/.test(text)) return 'redirect';
  if (rel === 'index.html' || rel === 'smtp/index.html') return 'index';
  if (rel === '404.html') return '404';
  if (/^smtp\/[^/]+-vs-[^/]+\/index\.html$/.test(rel)) return 'comparison';
  if (/^smtp\/\d{3}\/index\.html$/.test(rel)) return 'reply code';
  if (/^smtp\/\d\.\d+\.\d+\/index\.html$/.test(rel)) return 'enhanced code';
  return 'other';
}
const byType = new Map<string, string[]>();
for (const file of html) {
  const type = typeOf(file, readFileSync(file, 'utf8'));
  byType.set(type, [...(byType.get(type) ?? []), file]);
}
const distBytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
const pagefindBytes = files.filter((f) => f.includes('/pagefind/')).reduce((n, f) => n + readFileSync(f).length, 0);

// 3. First-visit weight: the HTML, its stylesheets, and the JS it loads before any interaction
// (module scripts, inline scripts and their static imports; dynamic imports load only on use).
function assetPath(url: string): string {
  return join(dist, url.replace(/^\//, ''));
}
function staticJs(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    staticJs(join(file, '..', m[1]!), seen);
  }
}
function firstVisit(file: string) {
  const page = readFileSync(file, 'utf8');
  const css = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readFileSync(assetPath(m[1]!)));
  const inlineCss = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const jsFiles = new Set<string>();
  for (const m of page.matchAll(/<script[^>]+src="([^"]+)"/g)) staticJs(assetPath(m[1]!), jsFiles);
  let inlineJs = '';
  for (const m of page.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)) {
    inlineJs += m[1]!;
    for (const imp of m[1]!.matchAll(/import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) staticJs(assetPath(imp[1]!), jsFiles);
  }
  const js = [...jsFiles].map((f) => readFileSync(f));
  const htmlBuf = Buffer.from(page);
  const cssBuf = Buffer.concat([...css, Buffer.from(inlineCss)]);
  const jsBuf = Buffer.concat([...js, Buffer.from(inlineJs)]);
  return {
    html: htmlBuf.length, htmlGz: gz(htmlBuf),
    css: cssBuf.length, cssGz: gz(cssBuf),
    js: jsBuf.length, jsGz: gz(jsBuf),
  };
}
const weights: Record<string, ReturnType<typeof firstVisit> & { pages: number; sample: string }> = {};
for (const [type, list] of byType) {
  // The largest page of each type is the one reported: budgets are about the worst case.
  const sample = list.map((f) => ({ f, size: readFileSync(f).length })).sort((a, b) => b.size - a.size)[0]!.f;
  weights[type] = { ...firstVisit(sample), pages: list.length, sample: sample.slice(dist.length + 1) };
}
const page550 = join(dist, 'smtp/550/index.html');
const weight550 = existsSync(page550) ? firstVisit(page550) : null;

// 4. Paste accuracy (resolver) on the fixture set.
const rows = parseFixtureTsv(readFileSync(join(projectRoot, 'tests/fixtures/pastes.tsv'), 'utf8'));
const score = scorePastes(rows, parsePastedError);

// 5. In Chromium: bytes of the first search, and the Pagefind-only baseline on the fixtures.
const codes = JSON.parse(readFileSync(join(dist, 'api/codes.json'), 'utf8')) as { codes: { code: string; url: string }[] };
const urlOf = new Map(codes.codes.map((c) => [c.code, c.url]));
const server = await serveDist(Number(process.env.BENCH_PORT ?? 4391));
const browser = await launchBrowser();
/**
 * Where a first search's bytes go: Pagefind's runtime (pagefind.js, its WebAssembly, entry and
 * meta files; paid once, whatever the query), index chunks (one or two per word, their size set by
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE in the build script), one fragment per result shown, and the
 * site's own search code and code index.
 */
function searchParts(files: { path: string; gz: number }[]) {
  const sum = (test: (p: string) => boolean) => files.filter((f) => test(f.path)).reduce((n, f) => n + f.gz, 0);
  return {
    pagefindRuntimeGz: sum((p) => /\/pagefind\/(pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)/.test(p)),
    indexChunksGz: sum((p) => p.endsWith('.pf_index')),
    fragmentsGz: sum((p) => p.endsWith('.pf_fragment')),
    fragments: files.filter((f) => f.path.endsWith('.pf_fragment')).length,
    siteGz: sum((p) => !p.includes('/pagefind/')),
  };
}
const noParts = { pagefindRuntimeGz: 0, indexChunksGz: 0, fragmentsGz: 0, fragments: 0, siteGz: 0 };
let firstSearch = { requests: 0, raw: 0, gz: 0, parts: noParts };
let firstPaste = { requests: 0, raw: 0, gz: 0, parts: noParts };
let firstTextSearch = { requests: 0, raw: 0, gz: 0, parts: noParts };
let baseline = { correct: 0, total: 0 };
try {
  // Bytes a first search transfers, from a fresh page: a pasted error (a code is detected, so
  // the full-text index is not needed) and a plain word query (Pagefind's index is).
  const measure = async (query: string, waitFor: string) => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}smtp/550/`);
    await fresh.waitForLoadState('networkidle');
    const fetched: string[] = [];
    fresh.on('requestfinished', (req) => fetched.push(new URL(req.url()).pathname));
    await fresh.locator('input[type="search"]').first().fill(query);
    await fresh.locator(waitFor).first().waitFor({ timeout: 20_000 });
    await fresh.waitForLoadState('networkidle');
    await fresh.close();
    // Pagefind's index files are compressed already; a server's gzip cannot shrink them further.
    const files = [...new Set(fetched)].map((p) => {
      const body = readFileSync(assetPath(p));
      return { path: p, raw: body.length, gz: Math.min(body.length, gz(body)) };
    });
    return { requests: files.length, raw: files.reduce((n, f) => n + f.raw, 0), gz: files.reduce((n, f) => n + f.gz, 0), parts: searchParts(files) };
  };
  // "mailbox full" as the issue measured it: the reason rules may answer it (a best-match card,
  // no full-text index); "authentication" is a word they do not answer, so it always pays for
  // Pagefind.
  firstSearch = await measure('mailbox full', '#search-panel li a, #search-panel .best-match a');
  firstTextSearch = await measure('authentication', '#search-panel li a');
  firstPaste = await measure('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown', '#search-panel .best-match a');

  const page = await browser.newPage();
  await page.goto(`${server.url}smtp/550/`);
  // Pagefind alone, given the raw paste: does its top result open the expected page?
  const targets = rows.map((r) => (r.expectedEnhanced && urlOf.get(r.expectedEnhanced)) || (r.expectedReply && urlOf.get(r.expectedReply)) || null);
  const scored = rows.map((r, i) => ({ line: r.line, target: targets[i] })).filter((r) => r.target);
  const tops = await page.evaluate(async (lines: string[]) => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const out: (string | null)[] = [];
    for (const line of lines) {
      const res = await pf.search(line.slice(0, 500));
      const first = res?.results?.[0];
      out.push(first ? (await first.data()).url : null);
    }
    return out;
  }, scored.map((r) => r.line));
  baseline = { correct: tops.filter((u, i) => u === scored[i]!.target).length, total: scored.length };
} finally {
  await browser.close();
  server.stop();
}

const messageAccuracy = await accuracy();

const pages = html.length;
const result = {
  date: new Date().toISOString(),
  build: { seconds: Number(buildSeconds.toFixed(1)), pages, pagesPerSecond: Number((pages / buildSeconds).toFixed(1)), peakRssMB: peakRss ? Math.round(Number(peakRss) / 1024) : null },
  pagesByType: Object.fromEntries([...byType].map(([t, l]) => [t, l.length])),
  distBytes,
  pagefindIndexBytes: pagefindBytes,
  firstVisit: weights,
  page550: weight550,
  firstSearch,
  firstTextSearch,
  firstPaste,
  pasteAccuracy: { rows: score.rows, reply: score.reply, enhanced: score.enhanced, both: score.both },
  messageAccuracy,
  pagefindOnlyBaseline: { top1: baseline.total ? baseline.correct / baseline.total : 0, rows: baseline.total },
  budgets: {
    codePageFirstVisitGz: { limit: 15 * 1024, actual: weight550 ? weight550.htmlGz + weight550.cssGz + weight550.jsGz : null },
    codePageJsGz: { limit: 2 * 1024, actual: weight550?.jsGz ?? null },
    firstPasteGz: { limit: 100 * 1024, actual: firstPaste.gz },
    firstWordSearchGz: { limit: 100 * 1024, actual: Math.max(firstSearch.gz, firstTextSearch.gz) },
    buildSeconds: { limit: 60, actual: Number(buildSeconds.toFixed(1)) },
  },
};

mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(join(projectRoot, 'bench-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`\nBuild: ${result.build.seconds} s for ${pages} HTML pages (${result.build.pagesPerSecond} pages/s), peak RSS ${result.build.peakRssMB ?? '?'} MB`);
console.log(`dist: ${KB(distBytes)}; Pagefind index: ${KB(pagefindBytes)}\n`);
console.log('| Page type | Pages | HTML raw / gz | CSS raw / gz | JS raw / gz | First visit gz |');
console.log('|---|---|---|---|---|---|');
for (const [type, w] of Object.entries(weights).sort()) {
  console.log(`| ${type} | ${w.pages} | ${KB(w.html)} / ${KB(w.htmlGz)} | ${KB(w.css)} / ${KB(w.cssGz)} | ${KB(w.js)} / ${KB(w.jsGz)} | ${KB(w.htmlGz + w.cssGz + w.jsGz)} |`);
}
if (weight550) console.log(`\n/smtp/550/: HTML ${KB(weight550.htmlGz)} gz, CSS ${KB(weight550.cssGz)} gz, JS ${KB(weight550.jsGz)} gz`);
console.log(`First search, pasted error (code detected): ${firstPaste.requests} requests, ${KB(firstPaste.raw)} raw, ${KB(firstPaste.gz)} gz`);
for (const [label, m] of [['words ("mailbox full")', firstSearch], ['words the rules do not answer ("authentication")', firstTextSearch]] as const) {
  const p = m.parts;
  console.log(`First search, ${label}: ${m.requests} requests, ${KB(m.raw)} raw, ${KB(m.gz)} gz`);
  console.log(`  of which: Pagefind runtime ${KB(p.pagefindRuntimeGz)}, index chunks ${KB(p.indexChunksGz)}, ${p.fragments} result fragments ${KB(p.fragmentsGz)}, site search code and code index ${KB(p.siteGz)}`);
}
console.log(`Paste accuracy on ${rows.length} fixtures: reply ${pct(result.pasteAccuracy.reply)}, enhanced ${pct(result.pasteAccuracy.enhanced)}, both ${pct(result.pasteAccuracy.both)}`);
console.log(`Pagefind-only baseline (top result is the right page): ${pct(result.pagefindOnlyBaseline.top1)} of ${baseline.total}`);
printAccuracy(messageAccuracy);
console.log('\nBudgets (reported, not enforced):');
for (const [name, b] of Object.entries(result.budgets)) {
  const ok = b.actual !== null && b.actual <= b.limit;
  console.log(`  ${ok ? 'within' : 'OVER  '} ${name}: ${b.actual} (limit ${b.limit})`);
}
console.log('\nWrote bench-results/bench.json');
