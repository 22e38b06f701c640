/**
 * Signing and checking the check-in tokens with the event's Ed25519 keys.
 */
import crypto, { type KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';
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

const SIGNATURE_BYTES = 64;
/** Below this many tokens a second thread costs more to start than it saves. */
const PARALLEL_FROM = 2000;
/** If the second thread has not finished by then, this thread signs its share too. */
const HELPER_TIMEOUT_MS = 30_000;

/**
 * Signs messages on a second thread, writing signatures into shared memory
 * and waking the caller: the import is synchronous (one transaction), so it
 * waits with Atomics rather than a promise.
 */
const SIGNING_WORKER = `
const { workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const { der, messages, messageBytes, signatures, done } = workerData;
const key = crypto.createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
const out = new Uint8Array(signatures);
for (let i = 0; i * messageBytes < messages.length; i++) {
  out.set(crypto.sign(null, messages.subarray(i * messageBytes, (i + 1) * messageBytes), key), i * 64);
}
const flag = new Int32Array(done);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

/**
 * Issues the tokens for many registrants at once, in order. Signing is most
 * of a large import's time, so half of it runs on a second core.
 */
export function issueTokensSync(privateKey: KeyObject, claims: readonly TokenClaims[]): string[] {
  const signed = claims.map(tokenSignedBytes);
  const signatures: (Uint8Array | undefined)[] = new Array(signed.length);
  const split = signed.length >= PARALLEL_FROM ? Math.floor(signed.length / 2) : signed.length;
  const helperShare = signed.slice(split);
  let collect = (): void => {};
  if (helperShare.length > 0) {
    const messageBytes = helperShare[0]!.length;
    const messages = new Uint8Array(helperShare.length * messageBytes);
    helperShare.forEach((m, i) => messages.set(m, i * messageBytes));
    const shared = new SharedArrayBuffer(helperShare.length * SIGNATURE_BYTES);
    const done = new SharedArrayBuffer(4);
    const worker = new Worker(SIGNING_WORKER, {
      eval: true,
      workerData: { der: privateKey.export({ format: 'der', type: 'pkcs8' }), messages, messageBytes, signatures: shared, done },
    });
    collect = () => {
      const finished = Atomics.wait(new Int32Array(done), 0, 0, HELPER_TIMEOUT_MS) !== 'timed-out';
      void worker.terminate();
      const out = new Uint8Array(shared);
      helperShare.forEach((m, i) => {
        signatures[split + i] = finished ? out.slice(i * SIGNATURE_BYTES, (i + 1) * SIGNATURE_BYTES) : crypto.sign(null, m, privateKey);
      });
    };
  }
  for (let i = 0; i < split; i++) signatures[i] = crypto.sign(null, signed[i]!, privateKey);
  collect();
  return signed.map((m, i) => formatToken(m, signatures[i]!));
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
