/**
 * Signing and checking the check-in tokens with the event's Ed25519 keys.
 */
import crypto, { type KeyObject } from 'node:crypto';
import { ID_BYTES } from '../../shared/ids.js';
import { formatToken, parseToken, tokenSignedBytes, type TokenClaims } from '../../shared/token.js';

/** The event's key pair, as stored: DER, SPKI for the public and PKCS#8 for the private key. */
export interface StoredKeyPair {
  readonly publicKey: Buffer;
  readonly privateKey: Buffer;
}

/** Makes a new Ed25519 key pair for an event. */
export function generateEventKeyPair(): StoredKeyPair {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

/** Loads a stored public key. */
export function publicKeyFromDer(der: Buffer): KeyObject {
  return crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** Loads a stored private key. */
export function privateKeyFromDer(der: Buffer): KeyObject {
  return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** Issues the token text for a registrant. */
export function issueToken(privateKey: KeyObject, claims: TokenClaims): string {
  const signed = tokenSignedBytes(claims);
  return formatToken(signed, crypto.sign(null, signed, privateKey));
}

/** What a scanned text turned out to be. */
export type TokenCheck =
  | { readonly kind: 'valid'; readonly registrantId: string }
  | { readonly kind: 'other_event' }
  | { readonly kind: 'forged' }
  | { readonly kind: 'not_a_token' };

/**
 * Checks token text offline against the event's public key.
 *
 * A well-formed token for another event is told apart from a forged one, so
 * the volunteer can say "this code is for another event".
 */
export function checkToken(publicKey: KeyObject, eventId: string, text: string): TokenCheck {
  const parsed = parseToken(text);
  if (!parsed) return { kind: 'not_a_token' };
  if (parsed.eventId !== eventId) return { kind: 'other_event' };
  if (!crypto.verify(null, parsed.signedBytes, publicKey, parsed.signature)) return { kind: 'forged' };
  return { kind: 'valid', registrantId: parsed.registrantId };
}

const IDS_PER_DRAW = 1024;
let idPool = new Uint8Array(0);
let idPoolOffset = 0;

/**
 * A fresh random id of the shared id format's size. Drawn from a pool of
 * random bytes, since one small randomBytes call costs microseconds and an
 * import of 20,000 registrants makes 20,000 ids.
 */
export function randomIdBytes(): Uint8Array {
  if (idPoolOffset >= idPool.length) {
    idPool = crypto.randomBytes(ID_BYTES * IDS_PER_DRAW);
    idPoolOffset = 0;
  }
  idPoolOffset += ID_BYTES;
  return idPool.slice(idPoolOffset - ID_BYTES, idPoolOffset);
}
