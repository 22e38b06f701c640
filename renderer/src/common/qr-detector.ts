/**
 * The QR decoder the camera uses: ZXing-C++ compiled to WebAssembly, offered
 * to html5-qrcode as the browser's BarcodeDetector.
 *
 * html5-qrcode's own decoder (a JavaScript port of ZXing) fails on about one
 * code in sixteen of ours, however sharply it is shown, and fails on that code
 * every time. Chromium on Windows and Linux has no BarcodeDetector of its own,
 * so this one stands in; html5-qrcode prefers it. The WebAssembly is part of
 * the built screens: nothing is fetched from elsewhere.
 */
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import readerWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Makes `window.BarcodeDetector` the WebAssembly decoder where the browser has none. */
export function provideBarcodeDetector(): void {
  if ('BarcodeDetector' in window) return;
  prepareZXingModule({
    overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? readerWasmUrl : prefix + file) },
  });
  Object.defineProperty(window, 'BarcodeDetector', { value: BarcodeDetector, configurable: true, writable: true });
}
