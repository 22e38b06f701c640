/**
 * The Electron kiosk window's own origin, app://innsjekk: the built screens
 * served from disk, and the one permission the origin gets (the camera).
 * Free of Electron, so plain Node tests it.
 */
import fs from 'node:fs';
import { rendererFile, SECURITY_HEADERS } from './server.js';

/** The custom scheme the kiosk window loads its screens from. */
export const APP_SCHEME = 'app';
const APP_HOST = 'innsjekk';
/** The kiosk's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The address the kiosk window opens. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(text: string | undefined): URL | null {
  if (text === undefined) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * True for an address (or origin) on app://innsjekk. Node's URL gives custom
 * schemes an opaque origin ("null"), so scheme, host, port and credentials are
 * compared one by one.
 */
export function isAppUrl(text: string | undefined): boolean {
  const url = parseUrl(text);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The answer to an app:// request: a file of the built screens with the security headers, else 404. */
export async function appResponse(request: { readonly url: string; readonly method: string }, rendererDir: string): Promise<Response> {
  const url = parseUrl(request.url);
  const found = url && isAppUrl(request.url) && (request.method === 'GET' || request.method === 'HEAD') ? rendererFile(rendererDir, url.pathname) : null;
  if (!found) return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(found.file);
  return new Response(body, { status: 200, headers: found.headers });
}

/**
 * Whether the kiosk grants a permission: only the camera (video, without the
 * microphone) for the kiosk's own page, for scanning codes. Everything else —
 * notifications, geolocation, the microphone, other origins — is denied.
 */
export function allowsPermission(permission: string, origin: string | undefined, mediaTypes: readonly string[]): boolean {
  return permission === 'media' && isAppUrl(origin) && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}
