import { describe, expect, it } from 'vitest';
import { idFromBytes } from '../../shared/ids.js';
import { checkToken, generateEventKeyPair, issueTokensSync, privateKeyFromDer, publicKeyFromDer } from '../../electron/core/tokens.js';

describe('issueTokensSync', () => {
  const keys = generateEventKeyPair();
  const privateKey = privateKeyFromDer(keys.privateKey);
  const publicKey = publicKeyFromDer(keys.publicKey);
  const eventId = idFromBytes(new Uint8Array([1, 2, 3, 4, 5]));
  const claims = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ eventId, registrantId: idFromBytes(new Uint8Array([0, 0, i >> 16, (i >> 8) & 255, i & 255])), issuedAt: 1_790_000_000 }));

  it.each([3, 2500])('issues %i tokens in order, each valid for its registrant (a large batch is signed on two threads)', (n) => {
    const wanted = claims(n);
    const tokens = issueTokensSync(privateKey, wanted);
    expect(tokens).toHaveLength(n);
    tokens.forEach((token, i) => expect(checkToken(publicKey, eventId, token)).toEqual({ kind: 'valid', registrantId: wanted[i]!.registrantId }));
  });

  it("makes tokens another event's key does not accept", () => {
    const other = publicKeyFromDer(generateEventKeyPair().publicKey);
    const [token] = issueTokensSync(privateKey, claims(1));
    expect(checkToken(other, eventId, token!)).toEqual({ kind: 'forged' });
  });
});
