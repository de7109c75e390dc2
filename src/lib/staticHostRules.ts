/**
 * What `dist/_redirects` and `dist/_headers` say, as pure functions of the built pages, so the
 * integration (src/integrations/staticHostFiles.ts) only writes files and the rules are tested.
 *
 * Both files must stay within what every host that reads them accepts. The tightest is
 * Cloudflare Pages: 2,000 static and 100 dynamic redirects, 1,000 characters per redirect;
 * 100 header rules, 2,000 characters per line. Reversed comparison pairs (/smtp/502-vs-334/)
 * are thousands, so they are left to their HTML redirect pages, which work on every host;
 * the short aliases (/550/) get rules.
 */

export const HOST_LIMITS = {
  staticRedirects: 2000,
  dynamicRedirects: 100,
  redirectLineChars: 1000,
  headerRules: 100,
  headerLineChars: 2000,
} as const;

const ALIAS = /^(?:[2-5]\d\d|[245]\.\d{1,3}\.\d{1,3})$/;

/**
 * One rule per spelling (with and without the trailing slash) for each short alias whose code
 * page was built. `pagePaths` are the built pages relative to the base ("550/", "smtp/550/").
 */
export function redirectRules(pagePaths: readonly string[], base: string): string[] {
  const built = new Set(pagePaths.map((p) => p.replace(/^\/|\/$/g, '')));
  const rules: string[] = [];
  for (const path of built) {
    if (!ALIAS.test(path) || !built.has(`smtp/${path}`)) continue;
    const target = `${base}smtp/${path}/`;
    rules.push(`${base}${path} ${target} 301`, `${base}${path}/ ${target} 301`);
  }
  return rules.sort();
}

/** Permissions this site never uses; denying them keeps an injected script from asking. */
const DENIED_FEATURES = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb'];

/** Security headers for every response, then caching by folder. */
export function headerRules(base: string): string {
  return [
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    // A meta CSP cannot carry frame-ancestors; X-Frame-Options covers browsers without CSP 2.
    "  Content-Security-Policy: frame-ancestors 'none'",
    '  X-Frame-Options: DENY',
    `  Permissions-Policy: ${DENIED_FEATURES.map((f) => `${f}=()`).join(', ')}`,
    '  Cross-Origin-Opener-Policy: same-origin',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}smtp/*`,
    '  Cache-Control: public, max-age=600, must-revalidate',
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=600, must-revalidate',
    `${base}api/*`,
    '  Cache-Control: public, max-age=600, must-revalidate',
    '',
  ].join('\n');
}

/** Problems with a `_redirects` text against HOST_LIMITS (empty when it fits). */
export function redirectLimitProblems(text: string): string[] {
  const rules = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const dynamic = rules.filter((r) => /[*:]/.test(r.split(/\s+/)[0] ?? ''));
  const problems: string[] = [];
  if (rules.length - dynamic.length > HOST_LIMITS.staticRedirects) {
    problems.push(`${rules.length - dynamic.length} static redirects; Cloudflare Pages accepts ${HOST_LIMITS.staticRedirects}`);
  }
  if (dynamic.length > HOST_LIMITS.dynamicRedirects) problems.push(`${dynamic.length} dynamic redirects; Cloudflare Pages accepts ${HOST_LIMITS.dynamicRedirects}`);
  for (const rule of rules) {
    if (rule.length > HOST_LIMITS.redirectLineChars) problems.push(`a redirect of ${rule.length} characters: ${rule.slice(0, 60)}…`);
  }
  return problems;
}
