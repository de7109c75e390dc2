/**
 * Masking email addresses for sharing. The mask keeps the length (so highlight offsets into a
 * masked diagnostic stay valid), the first character of the local part and the whole domain
 * (which names the provider a sender needs to know about).
 */
const MASK = '•';
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address.length <= 1 ? address : address[0] + MASK.repeat(address.length - 1);
  const local = address.slice(0, at);
  return local[0] + MASK.repeat(local.length - 1) + address.slice(at);
}

/** Every address inside a longer text (a diagnostic, a reply line) masked the same way. */
export function maskAddressesIn(text: string): string {
  return text.replace(ADDRESS, (address) => maskAddress(address));
}
