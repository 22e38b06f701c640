/**
 * The webcam as a scanner, through html5-qrcode (bundled, loaded on first
 * use): the laptop's own camera or an external one, chosen once and
 * remembered, started and stopped with one button.
 */
import { memo, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import type { CameraDevice, Html5Qrcode } from 'html5-qrcode';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useText } from '../app-context.js';

const STORAGE_KEY = 'innsjekk.camera';
/** html5-qrcode finds its element by id; there is one camera panel. */
const VIEW_ID = 'camera-view';
/** Frames decoded per second: the decoder runs on the main thread, so more would slow typing. */
const FPS = 10;

/** The camera chosen, and whether it was on, so a restarted kiosk scans again at once. */
interface CameraChoice {
  readonly deviceId: string | null;
  readonly on: boolean;
}

function loadChoice(): CameraChoice {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<CameraChoice> | null;
    return { deviceId: typeof stored?.deviceId === 'string' ? stored.deviceId : null, on: stored?.on === true };
  } catch {
    return { deviceId: null, on: false };
  }
}

type Phase = 'off' | 'starting' | 'on';

/**
 * What went wrong with the camera, in the screen's words: the browser's own
 * message is English (html5-qrcode passes it on inside a string of its own),
 * so the error's name is read instead.
 */
function cameraProblem(error: unknown): UiTextKey {
  const said = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/NotAllowedError|SecurityError|PermissionDenied/i.test(said)) return 'cameraNotAllowed';
  if (/NotFoundError|OverconstrainedError|DevicesNotFound/i.test(said)) return 'cameraNone';
  if (/NotReadableError|AbortError|TrackStartError/i.test(said)) return 'cameraBusy';
  if (/not supported|insecure|secure context/i.test(said)) return 'cameraUnsupported';
  return 'cameraFailed';
}

/** Starts, stops and picks the camera; each decoded text goes to `onCode`. */
export const CameraPanel = memo(function CameraPanel({ onCode, startAtOnce = false }: {
  readonly onCode: (text: string) => void;
  /** Start the camera when the panel appears, as when it was on before. */
  readonly startAtOnce?: boolean;
}) {
  const t = useText();
  const [cameras, setCameras] = useState<readonly CameraDevice[]>([]);
  const [choice, setChoice] = useState(loadChoice);
  const [phase, setPhase] = useState<Phase>('off');
  const [problem, setProblem] = useState<string | null>(null);
  const scanner = useRef<Html5Qrcode | null>(null);
  const mounted = useRef(true);
  // The decoder keeps the callback it started with; this reaches the latest onCode.
  const latestOnCode = useRef(onCode);
  useLayoutEffect(() => {
    latestOnCode.current = onCode;
  });

  const remember = (next: CameraChoice): void => {
    setChoice(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  };

  const start = async (deviceId: string | null): Promise<void> => {
    setPhase('starting');
    setProblem(null);
    try {
      const [{ Html5Qrcode, Html5QrcodeSupportedFormats }, { provideBarcodeDetector }] = await Promise.all([
        import('html5-qrcode'),
        import('./qr-detector.js'),
      ]);
      provideBarcodeDetector();
      // Asked each time: a camera may have been plugged in or out since.
      const found = await Html5Qrcode.getCameras();
      setCameras(found);
      const camera = found.find((c) => c.id === deviceId) ?? found[0];
      if (!camera) {
        setProblem(t('cameraNone'));
        setPhase('off');
        return;
      }
      scanner.current ??= new Html5Qrcode(VIEW_ID, {
        verbose: false,
        formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
        useBarCodeDetectorIfSupported: true,
      });
      if (scanner.current.isScanning) await scanner.current.stop();
      await scanner.current.start(
        camera.id,
        // The whole picture is searched: a code held close fills it. Printed codes are never mirrored, so no second, flipped try.
        { fps: FPS, disableFlip: true },
        (text) => latestOnCode.current(text),
        undefined,
      );
      if (!mounted.current) {
        await scanner.current.stop();
        return;
      }
      remember({ deviceId: camera.id, on: true });
      setPhase('on');
    } catch (error) {
      setProblem(t(cameraProblem(error)));
      setPhase('off');
    }
  };

  const stop = async (): Promise<void> => {
    try {
      if (scanner.current?.isScanning) await scanner.current.stop();
    } finally {
      remember({ ...choice, on: false });
      setPhase('off');
    }
  };

  const choose = (deviceId: string): void => {
    remember({ ...choice, deviceId });
    if (phase === 'on') void start(deviceId);
  };

  const resume = useEffectEvent(() => {
    if (startAtOnce || choice.on) void start(choice.deviceId);
  });
  useEffect(() => {
    mounted.current = true;
    resume();
    return () => {
      mounted.current = false;
      if (scanner.current?.isScanning) scanner.current.stop().catch(() => {});
    };
  }, []);

  let label = t('cameraStart');
  if (phase === 'on') label = t('cameraStop');
  else if (phase === 'starting') label = t('cameraStarting');
  return (
    <section className="panel camera-panel" aria-labelledby="camera-heading">
      <h2 id="camera-heading">{t('cameraHeading')}</h2>
      <div className="camera-controls">
        <button
          type="button"
          className="button primary"
          disabled={phase === 'starting'}
          onClick={() => void (phase === 'on' ? stop() : start(choice.deviceId))}
        >
          {label}
        </button>
        {cameras.length > 0 && (
          <label className="camera-choice">
            {t('cameraChoose')}
            <select value={choice.deviceId ?? cameras[0]?.id} onChange={(e) => choose(e.target.value)}>
              {cameras.map((camera, index) => (
                <option key={camera.id} value={camera.id}>
                  {camera.label || t('cameraNumber', { number: index + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {phase === 'on' && <p className="help">{t('cameraHelp')}</p>}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div id={VIEW_ID} className="camera-view" data-camera={phase} />
    </section>
  );
});
