/**
 * The accuracy part of `npm run bench` (also `npm run bench -- --accuracy-only`): the message
 * reader on the shared bounce corpus (development and held-out parts apart, byte-identical
 * copies counted once), on this project's own message fixtures, on the one-line paste fixtures,
 * the time to read a 50 KB message, and sisimai's score on the held-out part where Perl's
 * Sisimai module is installed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexByCode } from '../../src/lib/codeIndex.ts';
import { diagnose } from '../../src/lib/bounce/diagnose.ts';
import { isPseudoStatus, normalizeReason, parseExpectedTsv, scoreCorpus, type CorpusScore, type ScoredRecipient } from '../../src/lib/bounce/messageScore.ts';
import { parseFixtureTsv, scorePastes } from '../../src/lib/pasteFixtures.ts';
import { corpusMessages, findCorpus, heldOutNames, ownMessagesDir } from './bounceCorpus.ts';
import { codeIndexFromContent, projectRoot } from './contentFiles.ts';

const codes = indexByCode(codeIndexFromContent());

/** A corpus score without its per-row detail, as the bench prints and stores it. */
export type CorpusSummary = Omit<CorpusScore, 'rows'>;

const summary = ({ rows: _rows, ...totals }: CorpusScore): CorpusSummary => totals;

async function readAll(messages: { name: string; text: string }[]): Promise<Map<string, ScoredRecipient[]>> {
  const out = new Map<string, ScoredRecipient[]>();
  for (const m of messages) out.set(m.name, (await diagnose(m.text, codes)).recipients);
  return out;
}

/** Keep the first name of each set of byte-identical files. */
function unique<T extends { name: string; text: string }>(messages: T[]): T[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const h = createHash('sha256').update(m.text).digest('hex');
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  });
}

/** sisimai (Perl) on the given files: file → [{status, reply, reason}], or null when unavailable. */
function sisimaiReadings(dir: string, names: string[]): Map<string, ScoredRecipient[]> | null {
  const probe = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const script = `
use strict; use warnings; use Sisimai;
for my $f (@ARGV) {
  my $list = Sisimai->make($f, 'delivered' => 1) || [];
  for my $r (@$list) {
    print join("\\t", $f =~ s{.*/}{}r, $r->deliverystatus // '', $r->replycode // '', $r->reason // ''), "\\n";
  }
}`;
  const run = spawnSync('perl', ['-e', script, ...names.map((n) => join(dir, n))], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) return null;
  const out = new Map<string, ScoredRecipient[]>(names.map((n) => [n, []]));
  for (const line of run.stdout.split('\n')) {
    if (!line) continue;
    const [file, status, reply, reason] = line.split('\t');
    const reasonName = normalizeReason(reason ?? '');
    // sisimai's own pseudo codes (x.0.9xx) stand for "no code in the message": score them as such.
    out.get(file!)?.push({ enhanced: status && !isPseudoStatus(status) ? status : null, reply: reply || null, reason: reasonName, verdict: null });
  }
  return out;
}

export interface AccuracyReport {
  corpus: string | null;
  development: CorpusSummary | null;
  heldOut: CorpusSummary | null;
  sisimaiHeldOut: (CorpusSummary & { version: string }) | null;
  ownFixtures: CorpusSummary | null;
  lineFixtures: { rows: number; reply: number; enhanced: number; both: number };
  read50KbMs: number;
}

export async function accuracy(options: { misses?: boolean } = {}): Promise<AccuracyReport> {
  const dir = findCorpus();
  let development: CorpusSummary | null = null;
  let heldOut: CorpusSummary | null = null;
  let sisimaiHeldOut: AccuracyReport['sisimaiHeldOut'] = null;
  if (dir) {
    const expected = parseExpectedTsv(readFileSync(join(dir, 'expected.tsv'), 'utf8'));
    const held = heldOutNames();
    const all = unique(corpusMessages(dir));
    const devScore = scoreCorpus(expected, await readAll(all.filter((m) => !held.has(m.name))));
    const heldScore = scoreCorpus(expected, await readAll(all.filter((m) => held.has(m.name))));
    development = summary(devScore);
    heldOut = summary(heldScore);
    if (options.misses) {
      // Development part only: the held-out part is never inspected.
      for (const r of devScore.rows.filter((x) => !x.reply || !x.enhanced)) {
        console.log(`MISS ${r.row.file}#${r.row.index}: want ${r.row.reply}/${r.row.status}/${r.row.reason} got ${r.got?.reply}/${r.got?.enhanced}`);
      }
      for (const r of devScore.rows.filter((x) => !x.reason)) {
        const got = r.got as (ScoredRecipient & { diagnostic?: string | null }) | null;
        console.log(`REASON ${r.row.file}#${r.row.index}: want ${r.row.reason} got ${got?.reason} | ${(got?.diagnostic ?? '').slice(0, 160)}`);
      }
    }
    const heldNames = all.filter((m) => held.has(m.name)).map((m) => m.name);
    const sisimai = sisimaiReadings(dir, heldNames);
    if (sisimai) {
      const version = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' }).stdout.trim();
      // sisimai has no verdict; its reason maps to one through the same table the oracle uses.
      const { expectedVerdict } = await import('../../src/lib/bounce/messageScore.ts');
      for (const list of sisimai.values()) for (const r of list) r.verdict = r.reason ? expectedVerdict(r.reason) : null;
      sisimaiHeldOut = { ...summary(scoreCorpus(expected, sisimai)), version };
    }
  }

  let ownFixtures: CorpusSummary | null = null;
  const ownExpected = join(ownMessagesDir, 'expected.tsv');
  if (existsSync(ownExpected)) {
    const rows = parseExpectedTsv(readFileSync(ownExpected, 'utf8'));
    ownFixtures = summary(scoreCorpus(rows, await readAll(corpusMessages(ownMessagesDir))));
  }

  const lineRows = parseFixtureTsv(readFileSync(join(projectRoot, 'tests/fixtures/pastes.tsv'), 'utf8'));
  const lineReadings: { reply: string | null; enhanced: string | null }[] = [];
  for (const r of lineRows) lineReadings.push((await diagnose(r.line, codes)).recipients[0] ?? { reply: null, enhanced: null });
  let i = 0;
  const line = scorePastes(lineRows, () => lineReadings[i++]!);

  return {
    corpus: dir,
    development,
    heldOut,
    sisimaiHeldOut,
    ownFixtures,
    lineFixtures: { rows: line.rows, reply: line.reply, enhanced: line.enhanced, both: line.both },
    read50KbMs: await time50Kb(),
  };
}

/** A 50 KB bounce: a DSN with an HTML report and a returned message padded with quoted-printable text. */
export function fiftyKbMessage(): string {
  const filler = Array.from({ length: 700 }, (_, n) => `Line ${n} of the returned message, with a colour #550000 and size=552 bytes =\r\n`).join('');
  return [
    'From: MAILER-DAEMON@mx.example.net', 'To: alice@example.org', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '',
    '--b1', 'Content-Type: text/plain; charset=us-ascii', '',
    '<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)', '',
    '--b1', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.net', '', 'Final-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.com', 'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown', '',
    '--b1', 'Content-Type: message/rfc822', '', 'From: alice@example.org', 'To: bob@example.com', 'Subject: 421 things',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', filler, '--b1--', '',
  ].join('\r\n');
}

async function time50Kb(): Promise<number> {
  const text = fiftyKbMessage();
  for (let n = 0; n < 5; n++) await diagnose(text, codes); // warm: module load and JIT
  // The median of 21 runs: the machine is shared, and a mean would report its neighbours' load.
  const times: number[] = [];
  for (let n = 0; n < 21; n++) {
    const started = performance.now();
    await diagnose(text, codes);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[10]!;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function printAccuracy(a: AccuracyReport): void {
  const row = (name: string, s: CorpusSummary | null) =>
    s
      ? `| ${name} | ${s.messages} / ${s.recipients} | ${pct(s.reply)} | ${pct(s.enhanced)} | ${pct(s.both)} | ${pct(s.messagesBoth)} | ${pct(s.reason)} | ${pct(s.verdict)} |`
      : `| ${name} | (not available) | | | | | | |`;
  console.log('\nMessage reading accuracy (per recipient; "messages" = every recipient of the message has both codes right)');
  console.log('| Corpus | messages / recipients | reply | enhanced | both | messages | reason | verdict |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(row('bounce-messages, development', a.development));
  console.log(row('bounce-messages, HELD-OUT', a.heldOut));
  console.log(row(`sisimai ${a.sisimaiHeldOut?.version ?? ''} on HELD-OUT`.trim(), a.sisimaiHeldOut));
  console.log(row('own message fixtures', a.ownFixtures));
  console.log(`Line fixtures (${a.lineFixtures.rows}) through diagnose(): reply ${pct(a.lineFixtures.reply)}, enhanced ${pct(a.lineFixtures.enhanced)}, both ${pct(a.lineFixtures.both)}`);
  console.log(`Time to read a 50 KB message: ${a.read50KbMs.toFixed(2)} ms (median of 21, Node)`);
}
