/**
 * Small progressive enhancements for content pages: "Copy link" buttons beside section
 * headings and "Copy for ticket". Without JS the buttons stay hidden and the # anchors work.
 */

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based fallback (permissions, insecure context).
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function canonicalUrl(): string {
  const link = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  return link?.href ?? `${location.origin}${location.pathname}`;
}

function announce(button: HTMLButtonElement, message: string): void {
  const original = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = original;
  button.textContent = message;
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
  setTimeout(() => {
    button.textContent = original;
  }, 2000);
}

export function installPageEnhancements(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-fragment], button[data-copy-text]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const fragment = button.dataset.copyFragment;
      const text = fragment ? `${canonicalUrl()}#${fragment}` : (button.dataset.copyText ?? '').replace('{url}', canonicalUrl());
      const ok = await copyText(text);
      if (!ok) window.prompt('Copy this:', text);
      announce(button, ok ? 'Copied' : 'Copy manually');
    });
  }
}
