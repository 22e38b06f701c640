/**
 * Short sounds for the verdicts, made with WebAudio: nothing to load, and a
 * volunteer hears good from bad without looking.
 */

/** A rising two-note chime for a welcome; a low double buzz for anything that needs attention. */
export type Tone = 'good' | 'bad';

interface Note {
  readonly hz: number;
  /** Seconds after the first note. */
  readonly start: number;
  readonly seconds: number;
}

const SOUNDS: Readonly<Record<Tone, { readonly wave: OscillatorType; readonly notes: readonly Note[] }>> = {
  good: { wave: 'sine', notes: [{ hz: 660, start: 0, seconds: 0.09 }, { hz: 990, start: 0.1, seconds: 0.14 }] },
  bad: { wave: 'square', notes: [{ hz: 220, start: 0, seconds: 0.16 }, { hz: 220, start: 0.22, seconds: 0.16 }] },
};
const VOLUME = 0.25;
const SILENT = 0.0001;

let context: AudioContext | null = null;

/** Plays a tone; without a sound device the screen alone tells. */
export function beep(tone: Tone): void {
  try {
    context ??= new AudioContext();
    // A context made before any key or tap starts suspended.
    if (context.state === 'suspended') void context.resume();
    const { wave, notes } = SOUNDS[tone];
    for (const note of notes) {
      const at = context.currentTime + note.start;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = wave;
      oscillator.frequency.value = note.hz;
      // Ramps instead of steps: a cut-off wave clicks.
      gain.gain.setValueAtTime(SILENT, at);
      gain.gain.exponentialRampToValueAtTime(VOLUME, at + 0.01);
      gain.gain.exponentialRampToValueAtTime(SILENT, at + note.seconds);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + note.seconds + 0.02);
    }
  } catch {
    // No audio device or WebAudio refused: the verdict is on screen and announced.
  }
}
