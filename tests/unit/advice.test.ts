import { describe, expect, it } from 'vitest';
import { actionFor, CATEGORIES, shouldAutoRetry } from '../../src/lib/advice.ts';

describe('what to do with a reply', () => {
  it('never asks to retry or suppress a success or intermediate reply', () => {
    for (const category of CATEGORIES) {
      expect(actionFor('success', category)).toBe('none');
      expect(actionFor('intermediate', category)).toBe('continue');
    }
  });

  it('retries every transient failure, whatever its category', () => {
    for (const category of CATEGORIES) expect(actionFor('transient', category)).toBe('retry');
  });

  it('suppresses the address only when a permanent failure is about the address', () => {
    expect(actionFor('permanent', 'mailbox')).toBe('suppress');
    expect(actionFor('permanent', 'routing')).toBe('suppress');
    // A 502 or a 535 is about the client or its credentials: suppressing the recipient would be wrong.
    expect(actionFor('permanent', 'protocol')).toBe('fix-and-resend');
    expect(actionFor('permanent', 'authentication')).toBe('fix-and-resend');
    expect(actionFor('permanent', 'policy')).toBe('fix-and-resend');
  });

  it('lets the MTA retry only transient failures', () => {
    expect(shouldAutoRetry('transient')).toBe(true);
    expect(shouldAutoRetry('permanent')).toBe(false);
    expect(shouldAutoRetry('success')).toBe(false);
  });
});
