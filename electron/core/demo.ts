/**
 * The demo event: what `innsjekk demo` and a first `npm start` set up, so a
 * newcomer can check someone in within a minute.
 */
import type { Core } from './core.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from './fictitious-registrants.js';
import { importRegistrantsSync } from './import/import-registrants.js';

export const DEMO_REGISTRANTS = 600;
const DEMO_CAPACITY = 560;

/** What the demo set up. */
export interface DemoSummary {
  readonly name: string;
  readonly date: string;
  readonly registrants: number;
}

/** Creates the demo event for today with fictitious registrants; refuses when an event exists. */
export function createDemoEventSync(core: Core): DemoSummary {
  const date = new Date().toISOString().slice(0, 10);
  const event = core.createEventSync({ name: 'Lokaldemokratikonferansen (demo)', date, capacity: DEMO_CAPACITY });
  const csv = fictitiousRegistrantsCsv(generateFictitiousRegistrants(DEMO_REGISTRANTS));
  const summary = importRegistrantsSync(core, new TextEncoder().encode(csv), { fileName: 'demo.csv', dryRun: false });
  return { name: event.name, date: event.date, registrants: summary.added };
}
