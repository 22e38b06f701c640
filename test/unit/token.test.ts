import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from '../../shared/base45.js';
import { bytesFromId, idFromBytes, isId } from '../../shared/ids.js';
import { formatToken, MAX_TOKEN_TEXT, parseToken, tokenSignedBytes, TOKEN_PREFIX } from '../../shared/token.js';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('base45', () => {
  it('matches the examples of RFC 9285', () => {
    expect(encodeBase45(text('AB'))).toBe('BB8');
    expect(encodeBase45(text('Hello!!'))).toBe('%69 VD92EX0');
    expect(encodeBase45(text('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0')!)).toBe('ietf!');
  });

  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
    }));
  });

  it('rejects text that is not base45', () => {
    expect(decodeBase45('GGW')).toBeNull(); // 65535 < value: out of range
    expect(decodeBase45('ab')).toBeNull(); // lower case is not in the alphabet
    expect(decodeBase45('A')).toBeNull(); // a length of 3n+1 cannot occur
  });
});

describe('ids', () => {
  it('round-trip 5 bytes through 8 Crockford characters', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
      const id = idFromBytes(bytes);
      expect(isId(id)).toBe(true);
      expect(bytesFromId(id)).toEqual(bytes);
    }));
  });

  it('refuse letters Crockford leaves out', () => {
    expect(bytesFromId('ILOU0000')).toBeNull();
    expect(isId('abc')).toBe(false);
  });
});

describe('token', () => {
  const claims = { eventId: '0123ABCD', registrantId: 'ZZZZ9999', issuedAt: 1_790_000_000 };
  const signature = new Uint8Array(64).fill(7);

  it('round-trips its claims and signature', () => {
    const token = formatToken(tokenSignedBytes(claims), signature);
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(token.length).toBeLessThanOrEqual(MAX_TOKEN_TEXT);
    const parsed = parseToken(token)!;
    expect({ eventId: parsed.eventId, registrantId: parsed.registrantId, issuedAt: parsed.issuedAt }).toEqual(claims);
    expect(parsed.signature).toEqual(signature);
  });

  it('stays in the QR alphanumeric character set', () => {
    const token = formatToken(tokenSignedBytes(claims), signature);
    expect(token).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
  });

  it('accepts what a scanner adds around it, and lower case', () => {
    const token = formatToken(tokenSignedBytes(claims), signature);
    expect(parseToken(`  ${token}\r\n`)?.registrantId).toBe(claims.registrantId);
    expect(parseToken(token.toLowerCase())?.registrantId).toBe(claims.registrantId);
  });

  it('rejects anything else without throwing', () => {
    const token = formatToken(tokenSignedBytes(claims), signature);
    expect(parseToken('')).toBeNull();
    expect(parseToken('12345')).toBeNull();
    expect(parseToken(token.slice(0, -3))).toBeNull();
    expect(parseToken(`${token}AAA`)).toBeNull();
    expect(parseToken('X'.repeat(10_000))).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      parseToken(s);
    }));
  });
});
