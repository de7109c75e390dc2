import { describe, expect, it } from 'vitest';
import { concreteCodes, enhancedBounce, enhancedClassOf, entryCodeOf, isEntryCode, subjectOf } from '../../src/lib/enhancedCode.ts';

describe('enhanced status codes', () => {
  it('expands a registry entry into one concrete code per allowed class', () => {
    expect(concreteCodes('X.2.2', ['5', '4'])).toEqual(['4.2.2', '5.2.2']);
    expect(concreteCodes('X.7.26', ['5'])).toEqual(['5.7.26']);
    expect(concreteCodes('X.6.10', [])).toEqual([]);
    expect(() => concreteCodes('5.2.2', ['5'])).toThrow();
  });

  it('finds the registry entry of a concrete code', () => {
    expect(entryCodeOf('5.1.10')).toBe('X.1.10');
    expect(entryCodeOf('4.7.500')).toBe('X.7.500');
    expect(entryCodeOf('3.1.1')).toBeNull();
    expect(entryCodeOf('550')).toBeNull();
  });

  it('derives class, subject and bounce from the digits', () => {
    expect(enhancedClassOf('4.4.7')).toBe('4');
    expect(subjectOf('5.7.1')).toBe('7');
    expect(enhancedBounce('4.2.2')).toBe('soft');
    expect(enhancedBounce('5.2.2')).toBe('hard');
    expect(enhancedBounce('2.0.0')).toBe('none');
    expect(isEntryCode('X.1.1')).toBe(true);
    expect(isEntryCode('x.1.1')).toBe(false);
  });
});
