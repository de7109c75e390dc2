import { describe, expect, it } from 'vitest';
import { itemsForClass } from '../../src/lib/classItems.ts';

describe('itemsForClass', () => {
  // X.2.0's own lists (content/enhanced/X.2.0.mdx): one entry for 2.2.0, 4.2.0 and 5.2.0.
  const causes = [
    'Greylisting: the receiver temporarily refuses first-time sender, IP and recipient combinations and accepts the retry.',
    'The recipient’s directory object is misconfigured, for example a forwarding target that no longer exists.',
  ];
  const fixes = [
    'For 4.2.0, do nothing: your mail server retries and greylisted messages usually arrive within 5 to 30 minutes.',
    'For 5.2.0, read the explanation in the bounce and tell the recipient.',
  ];

  it('never gives a 5.x.x code advice written for its 4.x.x form, or a temporary-only cause', () => {
    expect(itemsForClass(fixes, '5.2.0')).toEqual([fixes[1]]);
    expect(itemsForClass(causes, '5.2.0')).toEqual([causes[1]]);
  });

  it('puts the items naming this form first', () => {
    expect(itemsForClass(fixes, '4.2.0')[0]).toBe(fixes[0]);
    const x11 = ['A typo in the local part: jonh@ instead of john@.', 'For 4.1.1: the gateway could not finish checking the recipient.'];
    expect(itemsForClass(x11, '4.1.1')).toEqual([x11[1]]);
    expect(itemsForClass(x11, '5.1.1')).toEqual([x11[0]]);
  });

  it('does not read 5.2.0 inside 5.2.01 or 15.2.0', () => {
    expect(itemsForClass(['Seen with 15.2.0 in one log.'], '4.2.0')).toEqual(['Seen with 15.2.0 in one log.']);
  });

  it('gives a success form only the items that name it: its entry’s causes are failures', () => {
    expect(itemsForClass(causes, '2.2.0')).toEqual([]);
    expect(itemsForClass(['As 2.6.0, nothing failed: Exchange accepts every message with it.', 'Headers too large.'], '2.6.0')).toEqual(['As 2.6.0, nothing failed: Exchange accepts every message with it.']);
  });

  it('keeps every item of a reply code', () => {
    expect(itemsForClass(fixes, '550')).toEqual(fixes);
  });
});
