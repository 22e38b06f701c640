/**
 * Rendering registrants' codes as QR images, and exporting them all.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/** Writes one PNG and one SVG per registrant who is not cancelled, and codes.csv. Returns how many. */
export async function exportCodes(core: Core, outDir: string, onProgress?: (done: number, total: number) => void): Promise<number> {
  const rows = codeRowsSync(core);
  fs.mkdirSync(outDir, { recursive: true });
  let done = 0;
  for (const row of rows) {
    const [png, svg] = await Promise.all([codePng(row.code), codeSvg(row.code)]);
    fs.writeFileSync(path.join(outDir, `${row.id}.png`), png);
    fs.writeFileSync(path.join(outDir, `${row.id}.svg`), svg);
    onProgress?.(++done, rows.length);
  }
  const csv = toCsv(['id', 'name', 'email', 'status', 'code'], rows.map((r) => [r.id, r.name, r.email, r.status, r.code]));
  fs.writeFileSync(path.join(outDir, 'codes.csv'), csv);
  return rows.length;
}
