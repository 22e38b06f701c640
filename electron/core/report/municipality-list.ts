/**
 * The municipalities of 2024 that registrants are matched against, read
 * once from the list shipped in resources/.
 */
import fs from 'node:fs';
import { MunicipalityMatcher, parseMunicipalityList } from '../../../shared/municipality.js';
import { resourcePath } from '../resource-path.js';

let matcher: MunicipalityMatcher | undefined;

/** The matcher over the shipped list; it keeps what it has matched, so it is made once per process. */
export function municipalityMatcher(): MunicipalityMatcher {
  matcher ??= new MunicipalityMatcher(parseMunicipalityList(fs.readFileSync(resourcePath('demo', 'kommuner-2024.csv'), 'utf8')));
  return matcher;
}
