/**
 * The bounce reader's up-front script: wires the form and starts the real reader (readerUI.ts,
 * the code index and the message parser) on first use, on a text handed over from the header
 * box, or when the URL fragment carries a shared diagnosis.
 */
import { FRAGMENT_KEY, HANDOFF_KEY } from '../lib/reader/keys.ts';

export function installReader(): void {
  const form = document.querySelector<HTMLFormElement>('[data-reader-root]');
  const area = form?.querySelector<HTMLTextAreaElement>('textarea');
  const status = document.getElementById('reader-status');
  if (!form || !area || !status) return;
  const base = form.dataset.base ?? '/';

  let started: Promise<typeof import('./readerUI.ts') | null> | undefined;
  const start = () =>
    (started ??= import('./readerUI.ts').then((m) => m, () => {
      status.textContent = form.dataset.failed ?? '';
      return null;
    }));

  area.addEventListener('focus', () => void start(), { once: true });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    (await start())?.readPaste(form, area.value, base);
  });
  form.addEventListener('reset', () => {
    void start().then((m) => m?.clearResults());
  });

  let handed: string | null = null;
  try {
    handed = sessionStorage.getItem(HANDOFF_KEY);
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    handed = null;
  }
  if (handed) {
    area.value = handed;
    void start().then((m) => m?.readPaste(form, handed!, base));
  } else if (location.hash.startsWith(`#${FRAGMENT_KEY}=`)) {
    void start().then((m) => m?.openPermalink(form, location.hash, base));
  }
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith(`#${FRAGMENT_KEY}=`)) void start().then((m) => m?.openPermalink(form, location.hash, base));
  });
}
