/**
 * Videos for Chromium's fake camera (--use-file-for-fake-video-capture): QR
 * codes made with the `qrcode` package, as printed, and blank white between
 * them, turned into .y4m by ffmpeg.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
/** Frames per second of the video. */
export const FAKE_CAMERA_FPS = 10;

/** One stretch of the video: a code's QR in the middle of the picture, or (code null) a blank wall. */
export interface CameraShot {
  readonly code: string | null;
  readonly seconds: number;
}

/** Writes the shots in turn as `name`.y4m in `dir` (Chromium loops it) and returns its path. */
export async function writeFakeCameraVideo(dir: string, name: string, shots: readonly CameraShot[]): Promise<string> {
  const inputs: string[] = [];
  const scaled: string[] = [];
  for (const [i, shot] of shots.entries()) {
    const seconds = String(shot.seconds);
    if (shot.code === null) {
      inputs.push('-f', 'lavfi', '-t', seconds, '-i', `color=c=white:s=${WIDTH}x${HEIGHT}:r=${FAKE_CAMERA_FPS}`);
    } else {
      const png = path.join(dir, `${name}-${i}.png`);
      await QRCode.toFile(png, shot.code, { errorCorrectionLevel: 'M', scale: 8, margin: 4 });
      inputs.push('-loop', '1', '-framerate', String(FAKE_CAMERA_FPS), '-t', seconds, '-i', png);
    }
    scaled.push(
      `[${i}:v]scale=${WIDTH}:${HEIGHT}:force_original_aspect_ratio=decrease,` +
        `pad=${WIDTH}:${HEIGHT}:(ow-iw)/2:(oh-ih)/2:color=white,setsar=1,fps=${FAKE_CAMERA_FPS},format=yuv420p[v${i}]`,
    );
  }
  const joined = `${shots.map((_, i) => `[v${i}]`).join('')}concat=n=${shots.length}:v=1:a=0[out]`;
  const video = path.join(dir, `${name}.y4m`);
  await promisify(execFile)('ffmpeg', ['-y', '-loglevel', 'error', ...inputs, '-filter_complex', `${scaled.join(';')};${joined}`, '-map', '[out]', video]);
  return video;
}
