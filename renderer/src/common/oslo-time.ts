/**
 * Clock times on the screens: HH:MM in Oslo, whatever the machine's time zone.
 */

const PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "09:05" for an instant, in Europe/Oslo. */
export function osloTime(at: Date | string): string {
  // Built from parts: some locales' data write 09.05.
  const parts = PARTS.formatToParts(typeof at === 'string' ? new Date(at) : at);
  const part = (type: 'hour' | 'minute'): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}
