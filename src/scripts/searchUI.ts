/**
 * Paste-aware search, loaded on first use. A detected code gets a best-match card and Enter
 * goes straight to its page; the remaining words go to Pagefind for text results.
 * Everything the reader typed is rendered with textContent: a paste never becomes markup.
 */
import { cleanSearchText } from '../lib/parsePastedError.ts';
import type { ResolverRecord } from '../lib/codeIndex.ts';
import { findEnhancedRecord, indexByCode } from '../lib/codeLookup.ts';
import { resolvePaste, type Resolution } from '../lib/resolvePaste.ts';
import { canonicalPair, isComparablePair, parseComparisonQuery } from '../lib/comparison.ts';
import { comparisonPath, withBase } from '../lib/urls.ts';
import { excerptParts } from '../lib/excerpt.ts';
import { phraseTarget } from '../lib/bounce/phrases.ts';
import { search as t, bounceLabel } from '../ui/strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** title and code come from data-pagefind-meta on code pages (CodeHeader). */
  meta: { title?: string; code?: string };
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results per page: each one costs a fragment download (~2.8 KB gz), and a first word search must
 * stay under 100 KB gz, of which Pagefind's runtime alone is ~77 KB. Code pages rank first and
 * "More results" is one key press away.
 */
const MAX_RESULTS = 2;
const DEBOUNCE_MS = 120;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are our own page text with <mark> around hits: rebuilt as text nodes and <mark>s only, spaces kept. */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((part) => (part.marked ? el('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}

/**
 * One Pagefind per page, whichever box asks first. `noWorker` is an init-time flag (Pagefind
 * 1.5+ reads it once, when the instance is created; it keeps the ~12 KB gz worker script off
 * the first search). It must reach Pagefind only before init: the index options that follow
 * go through options(), which accepts baseUrl, excerptLength, ranking and a few more, and
 * warns about anything else ("Unknown Pagefind option noWorker" when it was passed there).
 */
let pagefindReady: Promise<Pagefind | undefined> | undefined;
function loadPagefind(base: string): Promise<Pagefind | undefined> {
  pagefindReady ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ noWorker: true });
    await module.init();
    // pageLength 0: long code pages must not lose to short pages that merely mention a word.
    // excerptLength: one line of context in the panel.
    await module.options({ baseUrl: base, excerptLength: 16, ranking: { pageLength: 0 } });
    return module;
  })().catch(() => undefined);
  return pagefindReady;
}

export async function startSearch(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const panel = root.querySelector<HTMLElement>('.search-panel')!;
  const form = root.querySelector('form')!;
  let codes: ReadonlyMap<string, ResolverRecord> = new Map();
  /** The top text result of the latest run, where Enter goes when no code was detected. */
  let firstUrl: string | null = null;
  let generation = 0;

  /**
   * The code index (/api/resolver.json) loads only when the text can need it: it has a digit (a
   * code, a comparison) or the reason rules answer it. Plain words ("authentication") go
   * straight to the full-text index without it.
   */
  let codesReady: Promise<void> | undefined;
  function ensureCodes(text: string): Promise<void> | undefined {
    if (!/\d/.test(text) && !phraseTarget(text)) return codesReady;
    return (codesReady ??= fetch(`${base}api/resolver.json`)
      .then((r) => (r.ok ? (r.json() as Promise<{ codes: ResolverRecord[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((index) => void (codes = indexByCode(index)))
      .catch(() => undefined));
  }

  /** Pagefind ANDs its terms; when a paste's words find nothing, retry with fewer of them. */
  async function textResults(text: string): Promise<PagefindResult[] | null> {
    const words = cleanSearchText(text).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    const engine = await loadPagefind(base);
    if (!engine) return null;
    const attempts = [words, words.slice(0, 4), words.slice(0, 2), words.slice(0, 1)].filter(
      (w, i, all) => w.length > 0 && (i === 0 || w.length < all[i - 1]!.length),
    );
    for (const attempt of attempts) {
      const found = await engine.search(attempt.join(' '));
      if (found && found.results.length > 0) return found.results;
    }
    return [];
  }

  /** Code and title first (what the reader scans for), then the matching words in context. */
  function resultItem(r: PagefindResultData): HTMLElement {
    const title: (Node | string)[] = r.meta.code
      ? [el('span', { className: 'code-number', textContent: r.meta.code }), ` ${r.meta.title ?? ''}`]
      : [r.meta.title ?? r.url];
    return el('li', {}, [
      el('a', { href: r.url }, [
        el('span', { className: 'result-title' }, title),
        el('span', { className: 'result-excerpt' }, excerptNodes(r.excerpt)),
      ]),
    ]);
  }

  /** Renders results a page at a time; "More results" loads the next page's fragments only when asked. */
  async function renderResults(results: PagefindResult[], list: HTMLElement, from: number, mine: number): Promise<void> {
    const page = await Promise.all(results.slice(from, from + MAX_RESULTS).map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...page.map(resultItem));
    const shown = from + page.length;
    if (shown < results.length) {
      const more = el('button', { type: 'button', className: 'btn more-results', textContent: t.moreResults(results.length - shown) });
      more.addEventListener('click', async () => {
        const hadFocus = document.activeElement === more;
        more.remove();
        await renderResults(results, list, shown, mine);
        // The button is gone: keyboard focus continues at the first newly shown result.
        if (hadFocus) list.querySelectorAll('a')[shown]?.focus();
      });
      list.after(more);
    }
  }

  /** "550 vs 554" typed into the box: the comparison page, when both codes have one together. */
  function comparisonTarget(text: string): { url: string; label: string } | null {
    const pair = parseComparisonQuery(text);
    if (!pair || !codes.has(pair[0]) || !codes.has(pair[1]) || !isComparablePair(pair[0], pair[1])) return null;
    const [a, b] = canonicalPair(pair[0], pair[1]);
    return { url: withBase(base, comparisonPath(a, b)), label: `${a} vs ${b}: ${codes.get(a)!.title} / ${codes.get(b)!.title}` };
  }

  /**
   * What the pasted line means here: the reason rules read its words, which outweigh a generic code
   * ("550 … blocked using zen.spamhaus.org" is a blocklist problem whatever 550 says in general).
   */
  async function readingOf(text: string): Promise<HTMLElement[]> {
    // Loaded on first use: a word search never pays for the classifier.
    const { readLineForSearch } = await import('./lineReading.ts');
    const d = readLineForSearch(text, codes);
    if (!d) return [];
    const out: HTMLElement[] = [
      el('p', { className: 'search-reading' }, [
        el('span', { className: `badge verdict verdict-${d.verdict}`, textContent: d.verdictLabel }),
        ' ',
        el('strong', { textContent: `${t.meansHere} ` }),
        d.rule,
      ]),
    ];
    if (d.wordsUrl && d.wordsTitle) {
      out.push(el('p', {}, [`${t.wordsPage} `, el('a', { href: d.wordsUrl, textContent: d.wordsTitle })]));
    }
    return out;
  }

  function bestMatchCard(resolution: Resolution, text: string, mine: number): HTMLElement | null {
    const detected = [resolution.reply, resolution.enhanced].filter(Boolean).join(' ');
    if (!detected) return null;
    const card = el('div', { className: 'best-match' });
    card.append(el('h2', { textContent: t.bestMatch }));
    const record = resolution.url ? [...codes.values()].find((r) => r.url === resolution.url) : undefined;
    if (record) {
      card.append(
        el('p', {}, [el('a', { href: record.url, textContent: `${record.code}: ${record.title}` })]),
      );
    } else {
      card.append(el('p', { textContent: `${detected}: ${t.noPage}` }));
    }
    const facts: string[] = [];
    if (resolution.reply) facts.push(`${t.detectedReply} ${resolution.reply}`);
    if (resolution.enhanced) facts.push(`${t.detectedEnhanced} ${resolution.enhanced}`);
    if (resolution.bounce) facts.push(bounceLabel[resolution.bounce]);
    card.append(el('p', { className: 'search-hint', textContent: facts.join(' · ') }));
    // When the enhanced code has no page but the reply code does, offer the reply page too.
    if (resolution.reply && resolution.enhanced && record?.kind === 'enhanced') {
      const reply = codes.get(resolution.reply);
      if (reply) card.append(el('p', {}, [el('a', { href: reply.url, textContent: `${reply.code}: ${reply.title}` })]));
    }
    // The reading arrives a moment later; a newer paste's panel is never touched.
    void readingOf(text).then((nodes) => {
      if (mine === generation && card.isConnected) card.append(...nodes);
    }).catch(() => {});
    return card;
  }

  /**
   * Typed words without a code ("user unknown", "relay access denied") resolve through the same
   * reason rules as a pasted bounce, before any full-text search: the code's page is the answer.
   */
  function phraseMatch(text: string): { url: string; card: HTMLElement } | null {
    const target = phraseTarget(text);
    if (!target) return null;
    const record = codes.get(target.code) ?? (target.code.includes('.') ? findEnhancedRecord(target.code, codes) : undefined);
    if (!record) return null;
    const card = el('div', { className: 'best-match' }, [
      el('h2', { textContent: t.bestMatch }),
      el('p', {}, [el('a', { href: record.url, textContent: `${record.code}: ${record.title}` })]),
      el('p', { className: 'search-hint', textContent: t.phraseMatch }),
    ]);
    return { url: record.url, card };
  }

  async function run(): Promise<void> {
    const text = input.value;
    const mine = ++generation;
    if (text.trim() === '') {
      if (input.value !== text) return;
      Object.assign(panel.dataset, { reply: '', enhanced: '', url: '', query: String(mine) });
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    await ensureCodes(text);
    // A run for text that has since been replaced must not overwrite the newer run's panel.
    if (mine !== generation || input.value !== text) return;
    const comparison = comparisonTarget(text);
    if (comparison) {
      Object.assign(panel.dataset, { reply: '', enhanced: '', url: comparison.url, query: String(mine) });
      firstUrl = comparison.url;
      panel.replaceChildren(
        el('div', { className: 'best-match' }, [el('h2', { textContent: t.comparison }), el('p', {}, [el('a', { href: comparison.url, textContent: comparison.label })])]),
      );
      panel.hidden = false;
      return;
    }
    const resolution = resolvePaste(text, codes);
    // What was resolved, for scripts and tests that read the panel (never rendered as markup).
    Object.assign(panel.dataset, { reply: resolution.reply ?? '', enhanced: resolution.enhanced ?? '', url: resolution.url ?? '', query: String(mine) });
    const phrase = resolution.reply || resolution.enhanced ? null : phraseMatch(text);
    const card = phrase?.card ?? bestMatchCard(resolution, text, mine);
    firstUrl = phrase?.url ?? null;
    // data-url stays what the code resolver found (tests compare it with the CLI); the rules answer is data-phrase.
    panel.dataset.phrase = phrase?.url ?? "";
    panel.hidden = false;
    const words = cleanSearchText(text);
    if (card) {
      // A detected code, or the reason rules' reading of the words, already answers the paste;
      // the full-text index (most of the search's bytes) loads only if the reader asks for pages
      // mentioning the words, and then lists them below this card.
      const more = words
        ? el('button', { type: 'button', className: 'btn more-results', textContent: t.alsoSearch(words) })
        : null;
      more?.addEventListener('click', () => {
        more.remove();
        void showTextResults(text, mine, [card]);
      });
      panel.replaceChildren(card, ...(more ? [more] : []));
      return;
    }
    panel.replaceChildren(el('p', { className: 'search-hint', textContent: t.loading }));
    await showTextResults(text, mine, []);
  }

  async function showTextResults(text: string, mine: number, before: Node[]): Promise<void> {
    if (before.length > 0) panel.append(el('p', { className: 'search-hint', textContent: t.loading }));
    const results = await textResults(text);
    if (mine !== generation) return;
    const nodes: Node[] = [...before];
    if (results === null) {
      nodes.push(el('p', { className: 'search-hint', textContent: t.unavailable }));
    } else if (results.length > 0) {
      firstUrl ??= (await results[0]!.data()).url;
      if (mine !== generation) return;
      const list = el('ul');
      nodes.push(el('h2', { textContent: t.textResults }), list);
      panel.replaceChildren(...nodes);
      await renderResults(results, list, 0, mine);
      return;
    } else {
      nodes.push(el('p', { className: 'search-hint', textContent: t.noResults }));
    }
    panel.replaceChildren(...nodes);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });

  /** What arrow keys move through: the panel's links and buttons, in order. */
  const panelStops = () => [...panel.querySelectorAll<HTMLElement>('a[href], button')];
  let quietFocus = false;
  function closePanel(): void {
    panel.hidden = true;
  }
  root.addEventListener('keydown', (event) => {
    const onInput = event.target === input;
    if (event.key === 'Escape') {
      // First Escape closes the panel; only a second one (panel already closed) clears the box,
      // so a pasted bounce is never lost to a single key press.
      if (!panel.hidden) {
        event.preventDefault();
        closePanel();
        if (!onInput) {
          // Back to the box without reopening what was just closed.
          quietFocus = true;
          input.focus();
          quietFocus = false;
        }
      } else if (onInput && input.value !== '') {
        event.preventDefault();
        input.value = '';
        void run();
      }
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) return;
    const stops = panelStops();
    if (stops.length === 0) return;
    if (onInput) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        stops[0]!.focus();
      }
      return;
    }
    const at = stops.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    event.preventDefault();
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else stops[Math.min(next, stops.length - 1)]!.focus();
  });
  // Coming back to the box shows what it found last time.
  input.addEventListener('focus', () => {
    if (!quietFocus && input.value.trim() !== '' && panel.childElementCount > 0) panel.hidden = false;
  });
  // Tabbing out of the box and its results closes the panel, so it never covers the page.
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !root.contains(next)) closePanel();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    await ensureCodes(input.value);
    const comparison = comparisonTarget(input.value);
    if (comparison) {
      location.assign(comparison.url);
      return;
    }
    const resolution = resolvePaste(input.value, codes);
    if (resolution.url) {
      location.assign(resolution.url);
      return;
    }
    if (!resolution.reply && !resolution.enhanced) {
      const phrase = phraseMatch(input.value);
      if (phrase) {
        location.assign(phrase.url);
        return;
      }
    }
    await run();
    if (firstUrl) location.assign(firstUrl);
  });
  document.addEventListener('click', (event) => {
    // composedPath, not contains(): a clicked "More results" button is already detached by now.
    if (!event.composedPath().includes(root)) closePanel();
  });

  if (input.value.trim() !== '') await run();
}
