/**
 * Instants as the clock on the wall in Oslo shows them, whatever the
 * machine's time zone: for reports read in Norway.
 */

const HOUR_MS = 3_600_000;

const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Oslo's offset from UTC in milliseconds, by UTC hour: it changes only on the hour, twice a year. */
const offsets = new Map<number, number>();

function osloOffsetMs(utcMs: number): number {
  const hour = Math.floor(utcMs / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(OSLO_PARTS.formatToParts(hour * HOUR_MS).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
    offset = wall - hour * HOUR_MS;
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * The Oslo wall-clock time of an instant, as a Date whose UTC fields hold it:
 * what a spreadsheet, which knows no time zones, should show.
 */
export function osloWallClock(instant: string | number): Date {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + osloOffsetMs(ms));
}

/** "2026-03-12" and "09:05:12" for an instant, in Oslo. */
export function osloDateAndTime(instant: string | number): { readonly date: string; readonly time: string } {
  const iso = osloWallClock(instant).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** The instant (milliseconds) when Oslo's clock shows the date (YYYY-MM-DD) and time (HH:MM). */
export function osloInstant(date: string, time: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offset at the wall time taken as UTC is right but within the hour the clocks change.
  return wall - osloOffsetMs(wall - osloOffsetMs(wall));
}
