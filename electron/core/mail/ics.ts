/**
 * The calendar invitation attached to the confirmation email: an iCalendar
 * (RFC 5545) event in Oslo time, written by hand because it is a few lines.
 */

/** What goes into the calendar entry. */
export interface CalendarEntry {
  /** The same for every attendee of an event, so a second copy updates the first. */
  readonly uid: string;
  readonly stamp: Date;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** HH:MM, Oslo time. */
  readonly starts: string;
  readonly ends: string;
  readonly summary: string;
  readonly location: string;
  readonly description: string;
}

const TZID = 'Europe/Oslo';
const MAX_LINE_OCTETS = 75;

/** Central European time as the EU has kept it since 1996: summer time from the last Sunday of March to the last Sunday of October. */
const OSLO_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value with its special characters escaped (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** A content line folded after at most 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcDateTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The .ics text: one event with its Oslo time zone, CRLF line ends. */
export function calendarInvitation(entry: CalendarEntry): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Innsjekk//Innsjekk//NB',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...OSLO_TIMEZONE,
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${utcDateTime(entry.stamp)}`,
    `DTSTART;TZID=${TZID}:${localDateTime(entry.date, entry.starts)}`,
    `DTEND;TZID=${TZID}:${localDateTime(entry.date, entry.ends)}`,
    `SUMMARY:${escapeText(entry.summary)}`,
    `LOCATION:${escapeText(entry.location)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
