/**
 * The municipalities of 2024 that registrants are matched against, read
 * once from the list shipped in resources/.
 */
import fs from 'node:fs';
import { MunicipalityMatcher, parseMunicipalityList, type Municipality } from '../../../shared/municipality.js';
import { resourcePath } from '../resource-path.js';

let matcher: MunicipalityMatcher | undefined;
let names: readonly string[] | undefined;

function shippedList(): Municipality[] {
  return parseMunicipalityList(fs.readFileSync(resourcePath('demo', 'kommuner-2024.csv'), 'utf8'));
}

/** The matcher over the shipped list; it keeps what it has matched, so it is made once per process. */
export function municipalityMatcher(): MunicipalityMatcher {
  matcher ??= new MunicipalityMatcher(shippedList());
  return matcher;
}

/** The municipalities' names, sorted as Norwegian sorts them: the walk-in form's suggestions. */
export function municipalityNames(): string[] {
  names ??= shippedList().map((m) => m.name).sort((a, b) => a.localeCompare(b, 'nb'));
  return [...names];
}
