/**
 * Reads an HTTP request target the way a careful static host does, for scripts/serve-static.ts:
 * decode each path segment exactly once, refuse what no file name can be (NUL and other control
 * characters, a "/" or "\" hidden as %2F or %5C, invalid percent-encoding, ".." above the root),
 * and build redirect locations only from the clean segments, so a Location always stays on
 * this host ("/a/b/", never "//other.host/…").
 */

export type RequestTarget =
  | { kind: 'bad-request'; why: string }
  /** A clean path that is not under the base path. */
  | { kind: 'outside-base' }
  /** `segments` are the decoded path below the base path; `search` is safe to echo in a header. */
  | { kind: 'path'; segments: string[]; trailingSlash: boolean; search: string };

const CONTROL = /[\u0000-\u001f\u007f]/;

export function readRequestTarget(target: string, base: string): RequestTarget {
  if (!target.startsWith('/')) return { kind: 'bad-request', why: 'the target is not a path' };
  const hash = target.indexOf('#');
  const withoutHash = hash === -1 ? target : target.slice(0, hash);
  const q = withoutHash.indexOf('?');
  const rawPath = q === -1 ? withoutHash : withoutHash.slice(0, q);
  const rawSearch = q === -1 ? '' : withoutHash.slice(q);
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'bad-request', why: 'invalid percent-encoding' };
    }
    if (CONTROL.test(segment)) return { kind: 'bad-request', why: 'a control character in the path' };
    if (segment.includes('/') || segment.includes('\\')) return { kind: 'bad-request', why: 'an encoded slash in the path' };
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'bad-request', why: 'the path climbs above the root' };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const baseSegments = base.split('/').filter(Boolean);
  if (baseSegments.some((s, i) => segments[i] !== s)) return { kind: 'outside-base' };
  return {
    kind: 'path',
    segments: segments.slice(baseSegments.length),
    trailingSlash: rawPath.endsWith('/') || segments.length === 0,
    // Printable ASCII only: anything else cannot go into a Location header as it is.
    search: /^[\x21-\x7e]*$/.test(rawSearch) ? rawSearch : '',
  };
}

/** The same-host location of a folder: base plus the clean segments, each encoded, and a slash. */
export function folderLocation(base: string, segments: string[], search: string): string {
  const path = segments.map(encodeURIComponent).join('/');
  return `${base.replace(/\/?$/, '/')}${path}${path ? '/' : ''}${search}`;
}
