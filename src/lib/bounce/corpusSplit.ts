/**
 * The held-out rule for the bounce-message corpus (issue 12). Pure: callers hash the bytes.
 *
 * A message is held out when the first hex digit of the SHA-256 of its bytes is 0-3, a quarter
 * of the hash space. Hashing bytes (not names) keeps byte-identical copies on the same side.
 */
export function isHeldOutHash(sha256Hex: string): boolean {
  return /^[0-3]/.test(sha256Hex);
}

/** The names in tests/fixtures/messages/held-out.txt (comments and blank lines skipped), sorted. */
export function parseHeldOutList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .sort();
}
