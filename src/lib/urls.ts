/**
 * The site's URL contract. Published URLs are pasted into tickets, so they are built here
 * and nowhere else: /smtp/550/, /smtp/5.1.1/, /smtp/334-vs-502/.
 */

/** Joins the configured base path ("/" or "/docs/smtp/") with a site path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

export function codePath(code: string): string {
  return `smtp/${code}/`;
}

export function comparisonPath(a: string, b: string): string {
  return `smtp/${a}-vs-${b}/`;
}
