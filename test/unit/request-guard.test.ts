/**
 * Which Host headers name the kiosk itself: its address and loopback names on
 * its port, and on every interface the addresses of this machine.
 */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { isOwnHost } from '../../electron/request-guard.js';

describe('isOwnHost', () => {
  const loopback = { host: '127.0.0.1', port: 4680, tls: false };

  it('takes the kiosk address and its loopback names, on its port only', () => {
    for (const host of ['127.0.0.1:4680', 'localhost:4680', 'LOCALHOST:4680', '[::1]:4680']) expect(isOwnHost(host, loopback), host).toBe(true);
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:4681', 'rebound.example:4680', '127.0.0.1.nip.io:4680', 'user@127.0.0.1:4680', '127.0.0.1:4680/x']) {
      expect(isOwnHost(host, loopback), String(host)).toBe(false);
    }
  });

  it('takes the default port when the Host leaves it out', () => {
    expect(isOwnHost('127.0.0.1', { host: '127.0.0.1', port: 80, tls: false })).toBe(true);
    expect(isOwnHost('127.0.0.1', loopback)).toBe(false);
  });

  it('on every interface, takes the addresses of this machine but no name and no other address', () => {
    const everywhere = { host: '0.0.0.0', port: 4681, tls: false };
    const own = Object.values(os.networkInterfaces()).flat().filter((entry) => entry !== undefined && entry.family === 'IPv4');
    for (const entry of own) expect(isOwnHost(`${entry.address}:4681`, everywhere), entry.address).toBe(true);
    expect(isOwnHost('203.0.113.7:4681', everywhere)).toBe(false);
    expect(isOwnHost('kiosk.example:4681', everywhere)).toBe(false);
  });
});
