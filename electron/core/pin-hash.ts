/**
 * The organiser PIN as stored: a salted scrypt hash, slow and memory-hard
 * enough that whoever copies the database cannot simply try every PIN.
 *
 * One guess costs 128 MB of memory and, measured on the 2-core development
 * machine, 0.35 s (0.6 s with the machine fully loaded; the old cost took
 * 33 ms there): trying all 1,000,000 PINs of six digits takes about 97 hours
 * of one core, four days. Four digits would fall within an hour at any cost
 * that keeps unlocking well under a second, so a new PIN has at least six; a
 * four-digit PIN set before stays valid until it is changed.
 */
import crypto from 'node:crypto';

/** What a guess costs: 128 × N × r bytes of memory, and the time to fill and read them. */
interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** The cost of every PIN hash made now. */
export const PIN_SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** Node's scrypt defaults, with which PINs were hashed before schema version 6. */
const LEGACY_SCRYPT_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Room for the largest cost above: scrypt refuses to use more memory than this. */
const MAX_MEMORY = 256 * 1024 * 1024;

/** A PIN hash as stored, in JSON. */
interface PinRecord {
  readonly cost: ScryptCost;
  /** Base64. */
  readonly salt: string;
  /** Base64. */
  readonly hash: string;
  /** Set on a hash from before version 6, wrapped: the PIN goes through the old scrypt with this salt first, and its result through the new. */
  readonly legacySalt?: string;
}

function scryptSync(secret: crypto.BinaryLike, salt: Buffer, cost: ScryptCost): Buffer {
  return crypto.scryptSync(secret, salt, KEY_BYTES, { ...cost, maxmem: MAX_MEMORY });
}

/** scrypt on the thread pool, so a kiosk keeps answering scans while a PIN is checked. */
function scrypt(secret: crypto.BinaryLike, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(secret, salt, KEY_BYTES, { ...cost, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A new PIN's record to store. */
export function pinRecordSync(pin: string): string {
  const salt = crypto.randomBytes(SALT_BYTES);
  const record: PinRecord = { cost: PIN_SCRYPT_COST, salt: salt.toString('base64'), hash: scryptSync(pin, salt, PIN_SCRYPT_COST).toString('base64') };
  return JSON.stringify(record);
}

/** True when the PIN is the one the stored record was made from. */
export async function pinMatches(stored: string, pin: string): Promise<boolean> {
  let record: PinRecord;
  try {
    record = JSON.parse(stored) as PinRecord;
  } catch {
    return false;
  }
  const secret = record.legacySalt === undefined ? pin : await scrypt(pin, Buffer.from(record.legacySalt, 'base64'), LEGACY_SCRYPT_COST);
  const expected = Buffer.from(record.hash, 'base64');
  const actual = await scrypt(secret, Buffer.from(record.salt, 'base64'), record.cost);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

const LEGACY_FORMAT = /^scrypt:([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$/;

/**
 * A hash from before version 6 (`scrypt:SALT:HASH`, one guess in 25 ms),
 * wrapped in the slow hash without knowing the PIN: the old hash is hashed
 * again. Null for anything else.
 */
export function wrapLegacyPinRecordSync(stored: string): string | null {
  const legacy = LEGACY_FORMAT.exec(stored);
  if (!legacy) return null;
  const salt = crypto.randomBytes(SALT_BYTES);
  const record: PinRecord = {
    cost: PIN_SCRYPT_COST,
    salt: salt.toString('base64'),
    hash: scryptSync(Buffer.from(legacy[2]!, 'base64'), salt, PIN_SCRYPT_COST).toString('base64'),
    legacySalt: legacy[1]!,
  };
  return JSON.stringify(record);
}
