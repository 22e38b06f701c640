/**
 * The demo event: what `innsjekk demo` and a first `npm start` set up, so a
 * newcomer can check someone in within a minute.
 */
import { DEMO_PIN } from '../../shared/domain.js';
import type { Core } from './core.js';
import { fictitiousRegistrantsCsv, generateFictitiousRegistrants } from './fictitious-registrants.js';
import { importRegistrantsSync } from './import/import-registrants.js';
import { createEventWithPinSync } from './organiser-access.js';

export const DEMO_REGISTRANTS = 600;
const DEMO_CAPACITY = 560;

/** What the demo set up. */
export interface DemoSummary {
  readonly name: string;
  readonly date: string;
  readonly registrants: number;
  /** The organiser PIN, the same for every demo: it is stated wherever the demo is offered. */
  readonly pin: string;
}

/** Creates the demo event for today with fictitious registrants and the demo's PIN; refuses when an event exists. */
export function createDemoEventSync(core: Core): DemoSummary {
  const date = new Date().toISOString().slice(0, 10);
  const event = createEventWithPinSync(core, { name: 'Lokaldemokratikonferansen (demo)', date, capacity: DEMO_CAPACITY }, DEMO_PIN);
  const csv = fictitiousRegistrantsCsv(generateFictitiousRegistrants(DEMO_REGISTRANTS));
  const summary = importRegistrantsSync(core, new TextEncoder().encode(csv), { fileName: 'demo.csv', dryRun: false });
  return { name: event.name, date: event.date, registrants: summary.added, pin: DEMO_PIN };
}
