/**
 * Rendering registrants' codes as QR images, and exporting them all.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import { zipSync } from 'fflate';
import QRCode from 'qrcode';
import { toCsv } from '../../shared/csv.js';
import type { Core } from './core.js';
import { makePrivateDirSync, writePrivateFileSync } from './private-files.js';
import { codeRowsSync } from './registrants.js';
import { refuseWhenPurgedSync } from './privacy/purge.js';

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;
/** Pixels per module: large enough to print, or to scan from a phone. */
const PNG_SCALE = 8;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * The text as QR segments: our tokens are all alphanumeric, and saying so
 * spares the qrcode package its search for the best mix of modes (~10 ms a code).
 */
function qrSegments(text: string): string | QRCode.QRCodeSegment[] {
  return QR_ALPHANUMERIC.test(text) ? [{ data: text, mode: 'alphanumeric' }] : text;
}

/** The QR code version a text needs at error correction M. */
export function qrVersion(text: string): number {
  return QRCode.create(qrSegments(text), QR_OPTIONS).version;
}

/** A code as an SVG image. */
export async function codeSvg(text: string): Promise<string> {
  return QRCode.toString(qrSegments(text), { ...QR_OPTIONS, type: 'svg' });
}

/**
 * A code as a black-and-white PNG, large enough to print or show on a phone.
 *
 * Written directly as a 1-bit image: the qrcode package's PNG renderer spends
 * ~35 ms per code on RGBA filtering, which makes 20,000 codes take minutes.
 */
export async function codePng(text: string): Promise<Buffer> {
  const { modules } = QRCode.create(qrSegments(text), QR_OPTIONS);
  const size = (modules.size + 2 * QR_OPTIONS.margin) * PNG_SCALE;
  const rowBytes = Math.ceil(size / 8);
  const raw = Buffer.alloc((rowBytes + 1) * size, 0);
  for (let my = -QR_OPTIONS.margin; my < modules.size + QR_OPTIONS.margin; my++) {
    // One pixel row per module row, repeated PNG_SCALE times; each row starts with filter byte 0.
    const first = (my + QR_OPTIONS.margin) * PNG_SCALE * (rowBytes + 1);
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / PNG_SCALE) - QR_OPTIONS.margin;
      const dark = my >= 0 && mx >= 0 && mx < modules.size && my < modules.size && modules.get(my, mx) === 1;
      // In a 1-bit greyscale PNG, a set bit is white.
      if (!dark) raw[first + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
    for (let copy = 1; copy < PNG_SCALE; copy++) raw.copy(raw, first + copy * (rowBytes + 1), first, first + rowBytes + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method variants, no interlace
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', zlib.deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Receives the export's files one by one. */
export type FileSink = (name: string, bytes: Uint8Array) => void;

/**
 * Renders one PNG and one SVG per registrant who is not cancelled, named by
 * registrant id, then codes.csv; returns how many registrants.
 */
export async function renderCodes(core: Core, sink: FileSink, onProgress?: (done: number, total: number) => void): Promise<number> {
  refuseWhenPurgedSync(core);
  const rows = codeRowsSync(core);
  const encoder = new TextEncoder();
  let done = 0;
  for (const row of rows) {
    const [png, svg] = await Promise.all([codePng(row.code), codeSvg(row.code)]);
    sink(`${row.id}.png`, png);
    sink(`${row.id}.svg`, encoder.encode(svg));
    onProgress?.(++done, rows.length);
  }
  sink('codes.csv', encoder.encode(toCsv(['id', 'name', 'email', 'status', 'code'], rows.map((r) => [r.id, r.name, r.email, r.status, r.code]))));
  return rows.length;
}

/** Writes the codes into a folder. */
export async function exportCodesToDir(core: Core, outDir: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  makePrivateDirSync(outDir);
  return renderCodes(core, (name, bytes) => writePrivateFileSync(path.join(outDir, name), bytes), onProgress);
}

/** The codes as one zip file, for a download from the organiser screens. */
export async function exportCodesToZip(core: Core): Promise<{ readonly zip: Uint8Array; readonly count: number }> {
  const files: Record<string, Uint8Array> = {};
  // PNGs are compressed already; storing them keeps the zip fast to make.
  const count = await renderCodes(core, (name, bytes) => (files[name] = bytes));
  return { zip: zipSync(files, { level: 0 }), count };
}
