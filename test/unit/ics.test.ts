/**
 * The calendar invitation: RFC 5545 lines, folding, escaping and Oslo time.
 */
import { describe, expect, it } from 'vitest';
import { calendarInvitation, escapeText, foldLine, type CalendarEntry } from '../../electron/core/mail/ics.js';

const ENTRY: CalendarEntry = {
  uid: 'ABCDEFGH.event@innsjekk',
  stamp: new Date('2026-02-01T08:09:10.123Z'),
  date: '2026-03-12',
  starts: '10:00',
  ends: '15:30',
  summary: 'Lokaldemokratikonferansen 2026',
  location: 'Oslo rådhus',
  description: 'Registrering og sikkerhetskontroll fra kl. 09.00\nInngang fra Fridtjof Nansens plass; garderobe, lunsj',
};

/** Unfolds content lines the way a calendar reads them. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

describe('calendarInvitation', () => {
  const ics = calendarInvitation(ENTRY);

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('holds one event in Oslo time with its time zone', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Europe/Oslo');
    expect(lines).toContain('DTSTART;TZID=Europe/Oslo:20260312T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Oslo:20260312T153000');
    expect(lines).toContain('DTSTAMP:20260201T080910Z');
    expect(lines).toContain('UID:ABCDEFGH.event@innsjekk');
    expect(lines).toContain('SUMMARY:Lokaldemokratikonferansen 2026');
    expect(lines).toContain('LOCATION:Oslo rådhus');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('escapes the description: line breaks, semicolons and commas', () => {
    expect(unfold(ics)).toContain(
      'DESCRIPTION:Registrering og sikkerhetskontroll fra kl. 09.00\\nInngang fra Fridtjof Nansens plass\\; garderobe\\, lunsj',
    );
  });
});

describe('escapeText', () => {
  it('escapes the backslash first, so escapes are not doubled', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
  });

  it('folds at 75 octets without splitting a multi-byte character, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'ø'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      // A split character would turn into U+FFFD when each line is decoded alone.
      expect(Buffer.from(part).toString('utf8')).not.toContain('\uFFFD');
    }
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
