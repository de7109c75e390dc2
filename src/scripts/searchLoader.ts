/**
 * The only script every page loads up front (a few hundred bytes). It wires the `/` shortcut
 * and the header's "Search" link (on the home page, where the box is the page's paste area),
 * and pulls in the real search code the first time the box is used, or at once when the URL
 * carries ?q= (a search linked from a ticket).
 */
export function installSearchLoader(): void {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const input = root?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!root || !input) return;

  let started: Promise<void> | undefined;
  const start = () => (started ??= import('./searchUI.ts').then((m) => m.startSearch(root, input)));

  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });

  const focusBox = () => {
    input.focus({ preventScroll: true });
    input.scrollIntoView({ block: 'center' });
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    focusBox();
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-focus-search]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      focusBox();
    });
  }

  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    void start();
  }
}
