/**
 * The checks a request passes before the server reads it: addressed to this
 * kiosk by its own address (a page that rebinds its own DNS name to the kiosk
 * sends its own name as Host), sent from the kiosk's own pages if from a
 * browser at all (Origin), and a POST body in JSON (a form or a text/plain
 * fetch from another site could otherwise reach the API without asking).
 *
 * The hub's HTTPS port takes any name: its self-signed certificate, trusted
 * only through the pairing code, fails any browser page that rebinds a name
 * to it, and kiosks may be paired to it by name (`innsjekk pair --url`).
 */
import type http from 'node:http';
import { isIP } from 'node:net';
import os from 'node:os';
import { errorBody, HttpError } from './http-error.js';

/** Where a server listens: the host it was given, its port, and its scheme. */
export interface ListenerAddress {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
}

const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARD_HOSTS: ReadonlySet<string> = new Set(['0.0.0.0', '::', '']);

/** The addresses of this machine's network interfaces, read afresh: a laptop may have moved to another network. */
function interfaceAddresses(): Set<string> {
  return new Set(
    Object.values(os.networkInterfaces())
      .flat()
      .map((entry) => entry?.address.replace(/%.*$/, '') ?? ''),
  );
}

/** The Host header's name (brackets off an IPv6 address) and port, or null when it cannot be read. */
function parseHost(value: string, tls: boolean): { readonly name: string; readonly port: number } | null {
  let url: URL;
  try {
    url = new URL(`${tls ? 'https' : 'http'}://${value}`);
  } catch {
    return null;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null;
  const name = url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return { name, port: url.port === '' ? (tls ? 443 : 80) : Number(url.port) };
}

/**
 * True when a Host header names this server: its own host or a loopback
 * name, on its port; on a server listening on every interface, also any
 * address of this machine (an address, unlike a name, cannot be rebound).
 */
export function isOwnHost(value: string | undefined, listener: ListenerAddress): boolean {
  const host = value === undefined ? null : parseHost(value, listener.tls);
  if (!host || host.port !== listener.port) return false;
  if (host.name === listener.host.toLowerCase() || LOOPBACK_NAMES.has(host.name)) return true;
  return WILDCARD_HOSTS.has(listener.host) && isIP(host.name) !== 0 && interfaceAddresses().has(host.name);
}

/** True for an address of this machine's loopback interface (127.0.0.0/8, ::1, and IPv4 loopback written as IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(ipv4) === 4 && ipv4.startsWith('127.'));
}

/** True when a content type is JSON, whatever its parameters (charset). */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Refuses (throws HttpError) a request for another host, from another site's page, or posting anything but JSON. */
export function guardRequest(req: http.IncomingMessage, listener: ListenerAddress): void {
  const host = req.headers.host;
  if (!listener.tls && !isOwnHost(host, listener)) throw new HttpError(421, errorBody('requestWrongHost'));
  const origin = req.headers.origin;
  // Browsers send an Origin with every POST, and with module scripts; the kiosk's own pages send their own.
  if (origin !== undefined && origin !== `${listener.tls ? 'https' : 'http'}://${host}`) throw new HttpError(403, errorBody('requestForeignOrigin'));
  if (req.method === 'POST' && !isJson(req.headers['content-type'])) throw new HttpError(415, errorBody('requestNotJson'));
}
