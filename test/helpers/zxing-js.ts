/**
 * html5-qrcode's own decoder (its bundled JavaScript port of ZXing), run in
 * Node on a code drawn as the fake camera shows it: to find the codes it
 * cannot read, which the kiosk must read all the same.
 */
import { createRequire } from 'node:module';
import QRCode from 'qrcode';

interface ZxingJs {
  readonly DecodeHintType: { readonly POSSIBLE_FORMATS: number; readonly TRY_HARDER: number };
  readonly BarcodeFormat: { readonly QR_CODE: number };
  readonly MultiFormatReader: new () => { decode(bitmap: unknown, hints: Map<number, unknown>): { getText(): string } };
  readonly BinaryBitmap: new (binarizer: unknown) => unknown;
  readonly HybridBinarizer: new (source: unknown) => unknown;
  readonly RGBLuminanceSource: new (luminances: Uint8ClampedArray, width: number, height: number) => unknown;
}

const zxing = createRequire(import.meta.url)('html5-qrcode/third_party/zxing-js.umd.js') as ZxingJs;
/** The hints html5-qrcode gives it for a camera frame. */
const HINTS = new Map<number, unknown>([
  [zxing.DecodeHintType.POSSIBLE_FORMATS, [zxing.BarcodeFormat.QR_CODE]],
  [zxing.DecodeHintType.TRY_HARDER, false],
]);
const FRAME_WIDTH = 640;
const FRAME_HEIGHT = 480;

/** Whether html5-qrcode's decoder reads `code` from a frame with its QR in the middle, `modulePixels` pixels a module. */
export function zxingJsReads(code: string, modulePixels: number): boolean {
  const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const left = (FRAME_WIDTH - size * modulePixels) / 2;
  const top = (FRAME_HEIGHT - size * modulePixels) / 2;
  const luminance = new Uint8ClampedArray(FRAME_WIDTH * FRAME_HEIGHT).fill(255);
  for (let y = 0; y < FRAME_HEIGHT; y++) {
    const row = Math.floor((y - top) / modulePixels);
    if (row < 0 || row >= size) continue;
    for (let x = 0; x < FRAME_WIDTH; x++) {
      const column = Math.floor((x - left) / modulePixels);
      if (column >= 0 && column < size && qr.modules.get(row, column)) luminance[y * FRAME_WIDTH + x] = 0;
    }
  }
  const bitmap = new zxing.BinaryBitmap(new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(luminance, FRAME_WIDTH, FRAME_HEIGHT)));
  try {
    return new zxing.MultiFormatReader().decode(bitmap, HINTS).getText() === code;
  } catch {
    return false;
  }
}
