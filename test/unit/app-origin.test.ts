/**
 * The Electron kiosk's app:// origin under plain Node: which addresses are
 * ours, what the protocol serves (and refuses), and the one permission granted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowsPermission, APP_ORIGIN, APP_START_URL, appResponse, isAppUrl } from '../../electron/app-origin.js';
import { CONTENT_SECURITY_POLICY } from '../../electron/server.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('isAppUrl', () => {
  it('accepts the start page and the bare origin', () => {
    expect([APP_START_URL, APP_ORIGIN, `${APP_ORIGIN}/assets/index.js?v=1#x`].map(isAppUrl)).toEqual([true, true, true]);
  });

  it('refuses look-alikes and other schemes', () => {
    const others = ['app://innsjekk.evil/', 'app://evil/', 'app://a@innsjekk/', 'app://innsjekk:1/', 'file:///innsjekk/index.html', 'https://innsjekk/', 'innsjekk', '', undefined];
    expect(others.filter(isAppUrl)).toEqual([]);
  });
});

describe('appResponse', () => {
  let rendererDir: string;

  beforeAll(() => {
    const root = tempDir();
    rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
    // Beside the screens: must never be served.
    fs.writeFileSync(path.join(root, 'innsjekk.sqlite'), 'attendee data');
  });

  const get = (url: string, method = 'GET') => appResponse({ url, method }, rendererDir);

  it('serves the built screens with the content security policy', async () => {
    const page = await get(APP_START_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<script type="module"');

    const script = await get(`${APP_ORIGIN}/assets/index.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    expect((await get(`${APP_ORIGIN}/`)).status).toBe(200);
  });

  it.each([
    ['an encoded ../', `${APP_ORIGIN}/..%2Finnsjekk.sqlite`],
    ['encoded dots', `${APP_ORIGIN}/%2e%2e/innsjekk.sqlite`],
    ['a backslash', `${APP_ORIGIN}/..\\innsjekk.sqlite`],
    ['an absolute path', `${APP_ORIGIN}/%2Fetc%2Fpasswd`],
    ['a malformed escape', `${APP_ORIGIN}/%E0%A4%A`],
    ['a missing file', `${APP_ORIGIN}/nothing.js`],
    ['a folder', `${APP_ORIGIN}/assets`],
    ['another host', 'app://evil/index.html'],
  ])('answers 404 with the security headers for %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('attendee data');
  });

  it('serves nothing to a POST, and headers alone to a HEAD', async () => {
    expect((await get(APP_START_URL, 'POST')).status).toBe(404);
    const head = await get(APP_START_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('allowsPermission', () => {
  it('grants the camera alone, to the kiosk page alone', () => {
    expect(allowsPermission('media', APP_ORIGIN, ['video'])).toBe(true);
    expect(allowsPermission('media', APP_START_URL, ['video'])).toBe(true);
  });

  it.each([
    ['the microphone', 'media', APP_ORIGIN, ['audio']],
    ['camera and microphone together', 'media', APP_ORIGIN, ['video', 'audio']],
    ['media without a type', 'media', APP_ORIGIN, []],
    ['an unknown media type', 'media', APP_ORIGIN, ['unknown']],
    ['the camera for another origin', 'media', 'https://example.com', ['video']],
    ['the camera for the browser kiosk', 'media', 'http://127.0.0.1:4680', ['video']],
    ['the camera without an origin', 'media', undefined, ['video']],
    ['notifications', 'notifications', APP_ORIGIN, []],
    ['geolocation', 'geolocation', APP_ORIGIN, []],
    ['screen capture', 'display-capture', APP_ORIGIN, ['video']],
    ['opening links outside', 'openExternal', APP_ORIGIN, []],
  ] as const)('denies %s', (_what, permission, origin, mediaTypes) => {
    expect(allowsPermission(permission, origin, mediaTypes)).toBe(false);
  });
});
