import { describe, expect, it } from 'vitest';
import { rfcUrl } from '../../src/lib/standardLinks.ts';

describe('rfcUrl', () => {
  it('links the section on rfc-editor.org', () => {
    expect(rfcUrl('RFC 5321', '4.2.3')).toBe('https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3');
    expect(rfcUrl('RFC 3463', '3.2')).toBe('https://www.rfc-editor.org/rfc/rfc3463#section-3.2');
  });
  it('links the whole RFC when no section is cited', () => {
    expect(rfcUrl('RFC 1985', null)).toBe('https://www.rfc-editor.org/rfc/rfc1985');
  });
  it('anchors appendices as rfc-editor.org does', () => {
    expect(rfcUrl('RFC 5321', 'D.1')).toBe('https://www.rfc-editor.org/rfc/rfc5321#appendix-D.1');
  });
  it('rejects something that is not an RFC reference', () => {
    expect(() => rfcUrl('ISO 9001', '1')).toThrow(/not an RFC reference/);
  });
});
