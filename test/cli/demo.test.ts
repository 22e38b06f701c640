/**
 * `innsjekk demo`: a ready event with fictitious registrants of every status.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RegistrantRow } from '../../shared/report/report-model.js';
import { CLI_TEST_TIMEOUT, expectBadInput, reportRegistrants, runCli, runCliJson } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/temp-dir.js';

afterAll(removeTempDirs);

describe('innsjekk demo', { timeout: CLI_TEST_TIMEOUT }, () => {
  const dataDir = tempDir();

  it('sets up about 600 registrants, some waitlisted and some cancelled', async () => {
    const summary = await runCliJson<{ name: string; date: string; registrants: number }>(['demo'], { dataDir });
    expect(summary.registrants).toBeGreaterThanOrEqual(550);
    expect(summary.registrants).toBeLessThanOrEqual(650);
    expect(summary.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const rows = await reportRegistrants(dataDir);
    expect(rows).toHaveLength(summary.registrants);
    const count = (status: RegistrantRow['status']): number => rows.filter((r) => r.status === status).length;
    expect(count('confirmed')).toBeGreaterThan(rows.length / 2);
    expect(count('waitlisted')).toBeGreaterThan(0);
    expect(count('cancelled')).toBeGreaterThan(0);
    expect(rows.every((r) => r.arrivedAt === null)).toBe(true);
  });

  it('refuses to set up a second event in the same data directory', async () => {
    expectBadInput(await runCli(['demo', '--json'], { dataDir }), 'Det finnes allerede et arrangement');
  });
});
