/**
 * Where a cited standard can be read: the RFC section on rfc-editor.org and the IANA registry.
 * Plain outbound links only; the site never loads anything from those hosts.
 */

export const IANA_ENHANCED_REGISTRY_URL = 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml';
export const IANA_SMTP_REGISTRY_URL = 'https://www.iana.org/assignments/smtp-parameters/smtp-parameters.xhtml';

/**
 * "RFC 5321" + "4.2.3" → https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3. A section that
 * starts with a letter is an appendix ("A.1" → #appendix-A.1), as rfc-editor.org anchors them.
 */
export function rfcUrl(rfc: string, section: string | null): string {
  const number = /^RFC\s*(\d{1,5})$/i.exec(rfc.trim())?.[1];
  if (!number) throw new Error(`not an RFC reference: "${rfc}" (expected the form "RFC 5321")`);
  const page = `https://www.rfc-editor.org/rfc/rfc${Number(number)}`;
  if (!section) return page;
  const anchor = /^[A-Z]/.test(section) ? `appendix-${section}` : `section-${section}`;
  return `${page}#${anchor.replace(/\.$/, '')}`;
}
