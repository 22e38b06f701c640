/**
 * Rendering registrants' codes as QR images, and exporting them all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import QRCode from 'qrcode';
import { toCsv } from '../../shared/csv.js';
import type { Core } from './core.js';
import { codeRowsSync } from './registrants.js';

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The QR code version a text needs at error correction M. */
export function qrVersion(text: string): number {
  return QRCode.create(text, QR_OPTIONS).version;
}

/** A code as an SVG image. */
export async function codeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...QR_OPTIONS, type: 'svg' });
}

/** A code as a PNG image, large enough to print or show on a phone. */
export async function codePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...QR_OPTIONS, type: 'png', scale: 8 });
}

/** Receives the export's files one by one. */
export type FileSink = (name: string, bytes: Uint8Array) => void;

/**
 * Renders one PNG and one SVG per registrant who is not cancelled, named by
 * registrant id, then codes.csv; returns how many registrants.
 */
export async function renderCodes(core: Core, sink: FileSink, onProgress?: (done: number, total: number) => void): Promise<number> {
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
  fs.mkdirSync(outDir, { recursive: true });
  return renderCodes(core, (name, bytes) => fs.writeFileSync(path.join(outDir, name), bytes), onProgress);
}

/** The codes as one zip file, for a download from the organiser screens. */
export async function exportCodesToZip(core: Core): Promise<{ readonly zip: Uint8Array; readonly count: number }> {
  const files: Record<string, Uint8Array> = {};
  // PNGs are compressed already; storing them keeps the zip fast to make.
  const count = await renderCodes(core, (name, bytes) => (files[name] = bytes));
  return { zip: zipSync(files, { level: 0 }), count };
}
