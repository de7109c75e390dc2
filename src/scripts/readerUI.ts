/**
 * The bounce reader, loaded on first use: reads a paste with diagnose() against the same code
 * index the search uses, renders one row per recipient, and builds the ticket text and the
 * shareable link. Every string from the paste or a link is put in the page as text nodes.
 */
import { indexByCode, type ResolverRecord } from '../lib/codeIndex.ts';
import type { Evidence } from '../lib/bounce/classify.ts';
import type { Diagnosis, RecipientDiagnosis } from '../lib/bounce/types.ts';
import type { classifyWithPages } from '../lib/bounce/diagnose.ts';
import type { ReaderJob } from './readerWorker.ts';
import { isFailedRecipient } from '../lib/reader/failedRecipients.ts';
import { highlightSegments } from '../lib/reader/highlight.ts';
import { maskAddress, maskAddressesIn } from '../lib/reader/maskAddress.ts';
import { decodeFragment, encodeFragment, LIMITS, type SharedRecipient } from '../lib/reader/permalink.ts';
import { ticketText } from '../lib/reader/ticketText.ts';
import { reader as t, ticket as ticketWords } from '../ui/readerText.ts';
import { verdictLabel } from '../ui/bounceText.ts';

/** One row: what the message said about a recipient and what the rules make of it. */
type Row = RecipientDiagnosis;

interface State {
  rows: Row[];
  paste: string | null;
  /** True when the rows came from a link whose addresses were already masked. */
  maskedAtSource: boolean;
}

const HOW_TO_FIX = '#how-to-fix';
/** A paste that takes longer than this to read is given up on; the page stays usable. */
const JOB_TIMEOUT_MS = 20_000;
let state: State | null = null;
let codesPromise: Promise<{ records: ResolverRecord[]; byCode: ReadonlyMap<string, ResolverRecord> }> | undefined;
let worker: Worker | null = null;

class ReaderTimeout extends Error {}

/** Runs one job in the reading worker; a job past the time limit ends the worker (a new one starts next time). */
function runJob<T>(job: ReaderJob): Promise<T> {
  worker ??= new Worker(new URL('./readerWorker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      current.terminate();
      if (worker === current) worker = null;
      reject(new ReaderTimeout());
    }, JOB_TIMEOUT_MS);
    current.onmessage = (event: MessageEvent<{ ok: boolean; error?: string } & T>) => {
      clearTimeout(timer);
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.error));
    };
    current.onerror = (event) => {
      clearTimeout(timer);
      reject(new Error(event.message));
    };
    current.postMessage(job);
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function loadIndex(base: string) {
  return (codesPromise ??= fetch(`${base}api/resolver.json`)
    .then((r) => (r.ok ? (r.json() as Promise<{ codes: ResolverRecord[] }>) : Promise.reject(new Error(String(r.status)))))
    .then((index) => ({ records: index.codes, byCode: indexByCode(index) })));
}

async function loadCodes(base: string): Promise<ReadonlyMap<string, ResolverRecord>> {
  return (await loadIndex(base)).byCode;
}

function parts() {
  const results = document.getElementById('reader-results')!;
  return {
    results,
    status: document.getElementById('reader-status')!,
    rows: results.querySelector<HTMLElement>('[data-reader-rows]')!,
    note: results.querySelector<HTMLElement>('[data-reader-note]')!,
    mask: results.querySelector<HTMLInputElement>('[data-reader-mask]')!,
    includePaste: results.querySelector<HTMLInputElement>('[data-reader-include-paste]')!,
    copyTicket: results.querySelector<HTMLButtonElement>('[data-reader-copy-ticket]')!,
    copyLink: results.querySelector<HTMLButtonElement>('[data-reader-copy-link]')!,
    permalink: results.querySelector<HTMLInputElement>('[data-reader-permalink]')!,
  };
}

/** The page link with the "what do I do" section, whatever the diagnosis gave. */
function deepLink(url: string | null): string | null {
  if (!url) return null;
  return url.includes('#') ? url : url + HOW_TO_FIX;
}

function codeOfUrl(url: string, codes: ReadonlyMap<string, ResolverRecord>): ResolverRecord | undefined {
  const path = url.split('#')[0];
  for (const record of codes.values()) if (record.url === path) return record;
  return undefined;
}

function cell(label: string, children: (Node | string)[], className = ''): HTMLTableCellElement {
  const td = el('td', { className }, children);
  td.dataset.label = label;
  return td;
}

function fact(label: string, value: string): HTMLElement {
  return el('div', { className: 'reader-fact' }, [el('dt', { textContent: label }), el('dd', { textContent: value })]);
}

function rowElement(row: Row, masked: boolean, codes: ReadonlyMap<string, ResolverRecord>): HTMLTableRowElement {
  const address = row.address ? (masked ? maskAddress(row.address) : row.address) : null;
  const facts = el('dl', { className: 'reader-facts' });
  if (row.remoteMta) facts.append(fact(t.remoteMta, row.remoteMta));
  if (row.stage) facts.append(fact(t.stage, row.stage));
  if (row.action) facts.append(fact(t.action, row.action));
  const recipient = cell(t.columns.recipient, [
    address ? el('span', { className: 'reader-address', textContent: address }) : el('span', { className: 'search-hint', textContent: t.noAddress }),
    ...(facts.childElementCount > 0 ? [facts] : []),
  ]);

  const codeFacts = el('dl', { className: 'reader-facts reader-codes' }, [
    fact(t.reply, row.reply ?? t.noCode),
    fact(t.enhanced, row.enhanced ?? t.noCode),
  ]);
  const codesCell = cell(t.columns.codes, [codeFacts]);

  let said: HTMLElement;
  if (row.diagnostic) {
    // Masking keeps lengths, so the rule's match offsets still point at the same words.
    const text = masked ? maskAddressesIn(row.diagnostic) : row.diagnostic;
    // Focusable: a long reply scrolls inside its cell, and keyboard users must be able to scroll it.
    said = el('p', { className: 'reader-diagnostic', tabIndex: 0 }, highlightSegments(text, row.matches).map((s) =>
      s.marked ? el('mark', { textContent: s.text }) : document.createTextNode(s.text),
    ));
  } else {
    said = el('p', { className: 'search-hint', textContent: t.noDiagnostic });
  }
  const saidCell = cell(t.columns.said, [said]);

  const verdict = el('p', { className: 'reader-verdict' }, [
    el('span', { className: `badge verdict verdict-${row.verdict}`, textContent: verdictLabel[row.verdict] }),
    ' ',
    el('span', { className: 'reader-reason' }, [el('span', { className: 'visually-hidden', textContent: `${t.reason}: ` }), row.reason]),
  ]);
  const reasonChildren: HTMLElement[] = [verdict];
  const rule = row.rule ? (masked ? maskAddressesIn(row.rule) : row.rule) : row.reason === 'Undefined' ? t.undefinedReason : '';
  if (rule) reasonChildren.push(el('p', { className: 'reader-rule' }, [el('strong', { textContent: `${t.rule}: ` }), rule]));
  if (row.provider) {
    const name = row.provider.name;
    const safe = row.provider.url && /^https?:\/\//.test(row.provider.url) ? row.provider.url : null;
    reasonChildren.push(el('p', { className: 'reader-provider' }, [
      el('strong', { textContent: `${t.provider}: ` }),
      safe ? el('a', { href: safe, rel: 'noopener noreferrer', textContent: t.providerLink(name) }) : name,
    ]));
  }
  const reasonCell = cell(t.columns.reason, reasonChildren);

  const links: HTMLElement[] = [];
  const link = deepLink(row.url);
  const record = row.url ? codeOfUrl(row.url, codes) : undefined;
  if (link) links.push(el('li', {}, [el('a', { href: link, textContent: t.howToFix(record?.code ?? row.enhanced ?? row.reply ?? '') })]));
  // The page of what the words say, where they outweigh a generic code (5.0.0 "User unknown" → 5.1.1).
  const replyRecord = row.reply ? codes.get(row.reply) : undefined;
  if (row.wordsUrl && row.wordsTitle && row.wordsUrl !== replyRecord?.url) {
    links.push(el('li', { className: 'reader-words-page' }, [`${t.wordsPage} `, el('a', { href: row.wordsUrl, textContent: row.wordsTitle })]));
  }
  // The reply code's own page too, when the row links the enhanced code's.
  if (replyRecord && replyRecord.url !== record?.url) {
    links.push(el('li', {}, [el('a', { href: replyRecord.url, textContent: `${replyRecord.code}: ${replyRecord.title}` })]));
  }
  const readCell = cell(t.columns.read, links.length > 0 ? [el('ul', { className: 'reader-links' }, links)] : [el('p', { className: 'search-hint', textContent: t.noPage })]);

  const tr = el('tr', { className: `reader-row verdict-row-${row.verdict}` }, [recipient, codesCell, saidCell, reasonCell, readCell]);
  Object.assign(tr.dataset, { reason: row.reason, verdict: row.verdict, reply: row.reply ?? '', enhanced: row.enhanced ?? '' });
  return tr;
}

function ticketFor(s: State, masked: boolean, permalink: string | null): string {
  return ticketText(
    s.rows.map((r) => ({ ...r, url: deepLink(r.url) })),
    { ...ticketWords, verdictLabel },
    { origin: location.origin, masked, permalink },
  );
}

/** A link carries at most LIMITS.field characters of a reply (longer ones are cut, with an ellipsis). */
function shareable(text: string | null): string | null {
  return text && text.length > LIMITS.field ? `${text.slice(0, LIMITS.field - 1)}…` : text;
}

function shared(s: State, masked: boolean): SharedRecipient[] {
  return s.rows.map((r) => ({
    address: r.address && masked ? maskAddress(r.address) : r.address,
    reply: r.reply,
    enhanced: r.enhanced,
    diagnostic: shareable(r.diagnostic && masked ? maskAddressesIn(r.diagnostic) : r.diagnostic),
    remoteMta: r.remoteMta,
    stage: r.stage,
    action: r.action,
    reason: r.reason,
    verdict: r.verdict,
    url: deepLink(r.url),
  }));
}

async function permalinkFor(s: State, masked: boolean, withPaste: boolean, base: string): Promise<string> {
  const paste = withPaste && s.paste !== null && s.paste.length <= LIMITS.paste ? (masked ? maskAddressesIn(s.paste) : s.paste) : null;
  const fragment = await encodeFragment({ masked: masked || s.maskedAtSource, recipients: shared(s, masked), paste });
  return `${location.origin}${base}read/#${fragment}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function announce(button: HTMLButtonElement, message: string): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = message;
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
  setTimeout(() => (button.textContent = original), 2000);
}

let wired = false;
function wireShare(base: string): void {
  if (wired) return;
  wired = true;
  const p = parts();
  let generation = 0;
  const refresh = async () => {
    if (!state) return;
    // The link is re-encoded asynchronously: clear it at once so no stale link (say, unmasked
    // after "Mask addresses" was ticked) can be copied meanwhile, and let only the latest toggle write.
    const mine = ++generation;
    p.permalink.value = '';
    p.permalink.setAttribute('aria-busy', 'true');
    const codes = await loadCodes(base);
    if (mine !== generation || !state) return;
    const masked = p.mask.checked || state.maskedAtSource;
    p.rows.replaceChildren(...state.rows.map((r) => rowElement(r, masked, codes)));
    const link = await permalinkFor(state, masked, p.includePaste.checked, base);
    if (mine !== generation) return;
    p.permalink.value = link;
    p.permalink.removeAttribute('aria-busy');
    p.includePaste.disabled = state.paste === null;
  };
  p.mask.addEventListener('change', () => void refresh());
  p.includePaste.addEventListener('change', () => void refresh());
  p.copyTicket.addEventListener('click', async () => {
    if (!state) return;
    const masked = p.mask.checked || state.maskedAtSource;
    const text = ticketFor(state, masked, await permalinkFor(state, masked, p.includePaste.checked, base));
    const ok = await copyText(text);
    if (!ok) window.prompt(t.copyManually, text);
    announce(p.copyTicket, ok ? t.copied : t.copyManually);
  });
  p.copyLink.addEventListener('click', async () => {
    if (!state) return;
    const ok = await copyText(p.permalink.value);
    if (!ok) p.permalink.select();
    announce(p.copyLink, ok ? t.copied : t.copyManually);
  });
  renderState = refresh;
}
let renderState: () => Promise<void> = async () => {};

async function show(next: State, base: string, note: string | null): Promise<void> {
  const p = parts();
  wireShare(base);
  state = next;
  p.note.hidden = note === null;
  p.note.textContent = note ?? '';
  if (next.rows.length === 0) {
    p.results.hidden = true;
    p.status.textContent = t.nothingFound;
    return;
  }
  if (next.maskedAtSource) {
    p.mask.checked = true;
    p.mask.disabled = true;
  } else {
    p.mask.disabled = false;
  }
  await renderState();
  p.results.hidden = false;
  p.status.textContent = t.resultsSummary(next.rows.length);
}

/** Reads a paste and renders its rows. */
export async function readPaste(_form: HTMLFormElement, text: string, base: string): Promise<void> {
  const p = parts();
  if (text.trim() === '') {
    p.status.textContent = t.empty;
    return;
  }
  p.status.textContent = t.reading;
  try {
    const { records } = await loadIndex(base);
    const { diagnosis } = await runJob<{ diagnosis: Diagnosis }>({ kind: 'read', text, codes: records });
    const failed = diagnosis.recipients.filter(isFailedRecipient);
    const rows = failed.slice(0, LIMITS.recipients);
    const notes = [];
    const delivered = diagnosis.recipients.length - failed.length;
    if (delivered > 0) notes.push(t.deliveredNotShown(delivered));
    if (failed.length > rows.length) notes.push(t.firstRows(rows.length, failed.length));
    await show({ rows, paste: text, maskedAtSource: false }, base, notes.length > 0 ? notes.join(' ') : null);
  } catch (error) {
    p.status.textContent = error instanceof ReaderTimeout ? t.tooSlow : t.failed;
  }
}

/** Renders the rows a shared link carries; the rules run again on what it carries. */
export async function openPermalink(form: HTMLFormElement, hash: string, base: string): Promise<void> {
  const p = parts();
  const carried = await decodeFragment(hash);
  if (!carried) {
    p.status.textContent = t.badLink;
    return;
  }
  if (carried.paste !== null) {
    form.querySelector('textarea')!.value = carried.paste;
  }
  try {
    const { records } = await loadIndex(base);
    const evidence: (Evidence & { address: string | null; stage: string | null; action: string | null; remoteMta: string | null })[] = carried.recipients.map((r) => ({
      address: r.address, reply: r.reply, enhanced: r.enhanced, diagnostic: r.diagnostic, remoteMta: r.remoteMta, stage: r.stage, action: r.action,
    }));
    // The rules and the page run again on what the link carries; its own reason, verdict and page are not trusted.
    const { classifications } = await runJob<{ classifications: ReturnType<typeof classifyWithPages>[] }>({ kind: 'classify', evidence, codes: records });
    const rows: Row[] = carried.recipients.map((_, i) => ({ ...evidence[i]!, ...classifications[i]! }));
    await show({ rows, paste: carried.paste, maskedAtSource: carried.masked }, base, carried.paste !== null ? `${t.fromLink} ${t.linkPaste}` : t.fromLink);
  } catch (error) {
    p.status.textContent = error instanceof ReaderTimeout ? t.tooSlow : t.failed;
  }
}

export function clearResults(): void {
  const p = parts();
  state = null;
  p.results.hidden = true;
  p.rows.replaceChildren();
  p.status.textContent = '';
  p.note.hidden = true;
  p.mask.disabled = false;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
