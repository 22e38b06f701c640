/**
 * The stations a kiosk can work: one at a time, chosen on the kiosk (behind
 * the organiser PIN) and recorded in every event it writes.
 */

/** Every station: the entrance and security check, the cloakroom, the lunch counter, the exit. */
export const STATIONS = ['inngang', 'garderobe', 'lunsj', 'utgang'] as const;
export type Station = (typeof STATIONS)[number];

/** Where a kiosk works until the organiser moves it: the door. */
export const DEFAULT_STATION: Station = 'inngang';

/** True for the name of a station. */
export function isStation(value: unknown): value is Station {
  return (STATIONS as readonly unknown[]).includes(value);
}
