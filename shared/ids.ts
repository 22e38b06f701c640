/**
 * Short identifiers: 5 bytes written as 8 Crockford base32 characters.
 *
 * Short enough to read aloud at the door and to fit a signed token into a
 * small QR code; random, so they reveal nothing about order or count.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ID_BYTES = 5;
const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** Writes 5 bytes as an 8-character id. */
export function idFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== ID_BYTES) throw new Error(`an id is ${ID_BYTES} bytes`);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = CROCKFORD[Number(n & 31n)]! + out;
    n >>= 5n;
  }
  return out;
}

/** Reads an 8-character id back into its 5 bytes; null when it is not an id. */
export function bytesFromId(id: string): Uint8Array | null {
  if (!ID_PATTERN.test(id)) return null;
  let n = 0n;
  for (const c of id) n = (n << 5n) | BigInt(CROCKFORD.indexOf(c));
  const out = new Uint8Array(ID_BYTES);
  for (let i = ID_BYTES - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/** True when the text has the form of an id. */
export function isId(text: string): boolean {
  return ID_PATTERN.test(text);
}
