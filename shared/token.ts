/**
 * The check-in token: what each attendee's QR code holds.
 *
 * Layout before base45: version (1 byte), event id (5), registrant id (5),
 * issue time in Unix seconds (4, big-endian), Ed25519 signature over the first
 * 15 bytes (64). 79 bytes become 119 base45 characters behind the prefix, so
 * the code is a version 5 QR at error correction M.
 */
import { decodeBase45, encodeBase45 } from './base45.js';
import { bytesFromId, ID_BYTES, idFromBytes } from './ids.js';

export const TOKEN_PREFIX = 'IJ:';
const VERSION = 1;
const SIGNED_LENGTH = 1 + ID_BYTES + ID_BYTES + 4;
const SIGNATURE_LENGTH = 64;
const TOKEN_LENGTH = SIGNED_LENGTH + SIGNATURE_LENGTH;
/** No valid token is longer; anything longer is rejected before decoding. */
export const MAX_TOKEN_TEXT = TOKEN_PREFIX.length + Math.ceil(TOKEN_LENGTH / 2) * 3;

/** The claims a token carries. */
export interface TokenClaims {
  readonly eventId: string;
  readonly registrantId: string;
  /** Unix seconds. */
  readonly issuedAt: number;
}

/** A token taken apart, its signature not yet checked. */
export interface ParsedToken extends TokenClaims {
  readonly signedBytes: Uint8Array;
  readonly signature: Uint8Array;
}

/** The bytes a token's signature covers. */
export function tokenSignedBytes(claims: TokenClaims): Uint8Array {
  const eventBytes = bytesFromId(claims.eventId);
  const registrantBytes = bytesFromId(claims.registrantId);
  if (!eventBytes || !registrantBytes) throw new Error('token claims need valid ids');
  const out = new Uint8Array(SIGNED_LENGTH);
  out[0] = VERSION;
  out.set(eventBytes, 1);
  out.set(registrantBytes, 1 + ID_BYTES);
  new DataView(out.buffer).setUint32(1 + 2 * ID_BYTES, claims.issuedAt >>> 0);
  return out;
}

/** Joins signed bytes and their signature into the token text. */
export function formatToken(signedBytes: Uint8Array, signature: Uint8Array): string {
  if (signedBytes.length !== SIGNED_LENGTH || signature.length !== SIGNATURE_LENGTH) {
    throw new Error('token parts have the wrong length');
  }
  const all = new Uint8Array(TOKEN_LENGTH);
  all.set(signedBytes, 0);
  all.set(signature, SIGNED_LENGTH);
  return TOKEN_PREFIX + encodeBase45(all);
}

/** Takes token text apart; null when the text is not a token of this format. */
export function parseToken(text: string): ParsedToken | null {
  const trimmed = text.trim().toUpperCase();
  if (trimmed.length > MAX_TOKEN_TEXT || !trimmed.startsWith(TOKEN_PREFIX)) return null;
  const bytes = decodeBase45(trimmed.slice(TOKEN_PREFIX.length));
  if (!bytes || bytes.length !== TOKEN_LENGTH || bytes[0] !== VERSION) return null;
  const signedBytes = bytes.slice(0, SIGNED_LENGTH);
  return {
    eventId: idFromBytes(signedBytes.slice(1, 1 + ID_BYTES)),
    registrantId: idFromBytes(signedBytes.slice(1 + ID_BYTES, 1 + 2 * ID_BYTES)),
    issuedAt: new DataView(signedBytes.buffer).getUint32(1 + 2 * ID_BYTES),
    signedBytes,
    signature: bytes.slice(SIGNED_LENGTH),
  };
}
