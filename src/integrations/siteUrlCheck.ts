import type { AstroIntegration } from 'astro';

/**
 * Warns when a build uses the placeholder site address: canonical and Open Graph URLs would
 * point at a host that does not exist. (Copy-link and ticket links use the address the page is
 * served from, so they work either way.)
 */
export function siteUrlCheck(siteUrl: string | undefined, placeholder: string): AstroIntegration {
  return {
    name: 'site-url-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrl || siteUrl === placeholder) {
          logger.warn(
            `SITE_URL is not set: canonical and Open Graph URLs will use the placeholder ${placeholder}. ` +
              'Set SITE_URL to the address the site is published at, e.g. SITE_URL=https://example.org npm run build.',
          );
        }
      },
    },
  };
}
