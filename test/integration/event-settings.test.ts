/**
 * The event's settings on a real database: defaults, changes, checks, and
 * all-or-nothing saving.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { scanSync } from '../../electron/core/checkin.js';
import { Core } from '../../electron/core/core.js';
import { eventSettingsSync, updateEventSettingsSync } from '../../electron/core/event-settings.js';
import { importRegistrantsSync } from '../../electron/core/import/import-registrants.js';
import { codeRowsSync } from '../../electron/core/registrants.js';
import { EVENT_SETTING_KEYS } from '../../shared/domain.js';
import { UserError, type MessageKey } from '../../shared/i18n.js';
import { csvBytes, NORWEGIAN_HEADER } from '../helpers/csv.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

let dir: string;
let core: Core;

beforeEach(() => {
  dir = tempDir();
  core = Core.openSync(dir);
  core.createEventSync({ name: 'Lokaldemokratikonferansen 2026', date: '2026-03-12', capacity: null });
  return () => core.closeSync();
});
afterAll(removeTempDirs);

function refusal(change: Record<string, string>): { key: MessageKey; message: string } {
  try {
    updateEventSettingsSync(core, change);
  } catch (error) {
    if (error instanceof UserError) return { key: error.key, message: error.message };
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(change)}`);
}

describe('event settings', () => {
  it('suit the conference in Oslo rådhus until changed, with every key present', () => {
    const settings = eventSettingsSync(core);
    expect(Object.keys(settings).sort()).toEqual([...EVENT_SETTING_KEYS].sort());
    expect(settings).toMatchObject({
      name: 'Lokaldemokratikonferansen 2026',
      date: '2026-03-12',
      starts: '10:00',
      ends: '15:30',
      registrationOpens: '09:00',
      venue: 'Oslo rådhus',
      entrance: 'Inngang fra Fridtjof Nansens plass',
    });
    expect(settings.practical).toMatch(/sikkerhetskontroll/);
    expect(settings.practical).toMatch(/[Gg]arderoben er betjent/);
    expect(settings.practical).toMatch(/[Ll]unsj/);
  });

  it('change some and keep the rest, across reopening', () => {
    const changed = updateEventSettingsSync(core, { starts: '09:30', venue: 'Oslo rådhus, Bankettsalen', practical: 'Linje én\r\nLinje to' });
    expect(changed).toMatchObject({ starts: '09:30', venue: 'Oslo rådhus, Bankettsalen', practical: 'Linje én\nLinje to', ends: '15:30' });
    core.closeSync();
    core = Core.openSync(dir);
    expect(eventSettingsSync(core)).toEqual(changed);
  });

  it('rename and move the event itself, and its codes stay valid', () => {
    importRegistrantsSync(core, csvBytes([NORWEGIAN_HEADER, ['1', 'Kari Ødegård', 'kari@example.no', 'Bodø kommune', 'Påmeldt']]), { fileName: 'l.csv', dryRun: false });
    const { code } = codeRowsSync(core)[0]!;
    updateEventSettingsSync(core, { name: '  Lokaldemokratikonferansen 2027 ', date: '2027-03-11' });
    expect(core.requireEventSync()).toMatchObject({ name: 'Lokaldemokratikonferansen 2027', date: '2027-03-11' });
    expect(eventSettingsSync(core)).toMatchObject({ name: 'Lokaldemokratikonferansen 2027', date: '2027-03-11' });
    expect(scanSync(core, code).verdict).toBe('welcome');
  });

  it('put one-line settings on one line, so a subject cannot break a mail header', () => {
    expect(updateEventSettingsSync(core, { mailSubject: 'Velkommen\r\nBcc: alle@example.no' }).mailSubject).toBe('Velkommen Bcc: alle@example.no');
  });

  it('refuse times that are not HH:MM, and times out of order', () => {
    for (const value of ['9:00', '24:00', '10.00', '10:60', '']) {
      expect(refusal({ starts: value }).key, value).toBe(value === '' ? 'emptySetting' : 'badTime');
    }
    expect(refusal({ ends: '09:45' })).toMatchObject({ key: 'badTimeOrder' });
    expect(refusal({ registrationOpens: '10:30' }).message).toContain('Registreringen kan ikke åpne etter start');
  });

  it('refuse a date that is not a date, and an empty name', () => {
    expect(refusal({ date: '2026-02-30' }).key).toBe('badDate');
    expect(refusal({ name: '   ' }).key).toBe('emptySetting');
  });

  it('refuse an unknown key, naming the valid ones', () => {
    const { key, message } = refusal({ startTime: '10:00' });
    expect(key).toBe('unknownSetting');
    expect(message).toContain('«startTime»');
    expect(message).toContain('starts, ends, registrationOpens, venue');
  });

  it('refuse a placeholder the email cannot fill, and text beyond the limit', () => {
    expect(refusal({ mailIntro: 'Hei {navn}!' }).message).toContain('{name}, {event}, {date}');
    expect(refusal({ venue: 'x'.repeat(201) }).key).toBe('settingTooLong');
    expect(updateEventSettingsSync(core, { practical: 'x'.repeat(4000) }).practical).toHaveLength(4000);
  });

  it('save all changes or none', () => {
    const before = eventSettingsSync(core);
    expect(refusal({ venue: 'Et annet sted', name: 'Nytt navn', ends: '08:00' }).key).toBe('badTimeOrder');
    expect(eventSettingsSync(core)).toEqual(before);
    expect(core.requireEventSync().name).toBe('Lokaldemokratikonferansen 2026');
  });
});
