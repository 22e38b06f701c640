import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldPlaceName, MunicipalityMatcher, parseMunicipalityList, type Affiliation } from '../../shared/municipality.js';

const LIST = parseMunicipalityList(fs.readFileSync(path.resolve('resources', 'demo', 'kommuner-2024.csv'), 'utf8'));
const matcher = new MunicipalityMatcher(LIST);

/** What an affiliation says, as the table below writes it: "3434 Vågå", "fylke 34 Innlandet", or null. */
function described(affiliation: Affiliation | null): string | null {
  if (affiliation === null) return null;
  return affiliation.kind === 'municipality'
    ? `${affiliation.municipality.number} ${affiliation.municipality.name}`
    : `fylke ${affiliation.county.number} ${affiliation.county.name}`;
}

/** Organisations as registrants write them, and where each belongs. */
const SPELLINGS: readonly (readonly [string, string | null])[] = [
  // With and without "kommune", either side of the name, æøå folded.
  ['Vågå kommune', '3435 Vågå'],
  ['Kommunen Vågå', '3435 Vågå'],
  ['Kommunen i Vågå', '3435 Vågå'],
  ['Vaga kommune', '3435 Vågå'],
  ['Vaagaa kommune', '3435 Vågå'],
  ['VÅGÅ KOMMUNE', '3435 Vågå'],
  ['Vågå', '3435 Vågå'],
  ['  vågå kommune. ', '3435 Vågå'],
  ['Baerum kommune', '3201 Bærum'],
  ['Bærum kommune, Kultur og fritid', '3201 Bærum'],
  ['Tromsø kommune', '5501 Tromsø'],
  ['Tromso kommune', '5501 Tromsø'],
  ['Ås kommune', '3218 Ås'],
  ['As kommune', '3218 Ås'],
  ['Hå kommune', '1119 Hå'],
  ['Haa kommune', '1119 Hå'],
  ['Ål kommune', '3328 Ål'],
  ['Sør-Varanger kommune', '5605 Sør-Varanger'],
  ['Sor Varanger kommune', '5605 Sør-Varanger'],
  ['Nord-Aurdal kommune', '3451 Nord-Aurdal'],
  ['Nore og Uvdal kommune', '3338 Nore og Uvdal'],
  ['Indre Østfold kommune', '3118 Indre Østfold'],
  ['Nesodden kommune', '3212 Nesodden'],
  ['Nes kommune', '3228 Nes'],
  ['Os kommune', '3430 Os'],
  ['Bø kommune', '1867 Bø'],
  ['Time kommune', '1121 Time'],
  ['Stad kommune', '4649 Stad'],
  ['Ulstein kommune – Rådmannen', '1516 Ulstein'],
  ['Nynorsk: Vågå kommune / Våga kommune', '3435 Vågå'],
  ['Volda kommuna', '1577 Volda'],
  // Oslo and its districts.
  ['Oslo kommune', '0301 Oslo'],
  ['Bydel Frogner, Oslo kommune', '0301 Oslo'],
  ['Oslo kommune, Bydel Gamle Oslo', '0301 Oslo'],
  ['Bydel Frogner', '0301 Oslo'],
  ['Bydel Grünerløkka', '0301 Oslo'],
  ['Bydel St. Hanshaugen', '0301 Oslo'],
  ['Bydel Søndre Nordstrand', '0301 Oslo'],
  ['Oslo kommune Bydel Alna', '0301 Oslo'],
  // County authorities count to their county.
  ['Innlandet fylkeskommune', 'fylke 34 Innlandet'],
  ['Fylkeskommunen i Innlandet', 'fylke 34 Innlandet'],
  ['Møre og Romsdal fylkeskommune', 'fylke 15 Møre og Romsdal'],
  ['More og Romsdal fylkeskommune', 'fylke 15 Møre og Romsdal'],
  ['Vestland fylkeskommune', 'fylke 46 Vestland'],
  ['Trøndelag fylkeskommune – Trööndelagen fylkentjïelte', 'fylke 50 Trøndelag'],
  ['Troms fylkeskommune – Romssa fylkkasuohkan – Tromssan fylkinkomuuni', 'fylke 55 Troms'],
  ['Romssa fylkkasuohkan', 'fylke 55 Troms'],
  ['Finnmárkku fylkkasuohkan', 'fylke 56 Finnmark'],
  // Sami and bilingual names.
  ['Guovdageainnu suohkan', '5612 Guovdageaidnu - Kautokeino'],
  ['Kautokeino', '5612 Guovdageaidnu - Kautokeino'],
  ['Kautokeino kommune', '5612 Guovdageaidnu - Kautokeino'],
  ['Guovdageaidnu - Kautokeino', '5612 Guovdageaidnu - Kautokeino'],
  ['Porsanger kommune – Porsáŋggu gielda – Porsangin komuuni', '5622 Porsanger - Porsáŋgu - Porsanki'],
  ['Porsáŋggu gielda', '5622 Porsanger - Porsáŋgu - Porsanki'],
  ['Porsangin komuuni', '5622 Porsanger - Porsáŋgu - Porsanki'],
  ['Kárášjoga gielda – Karasjok kommune', '5610 Kárášjohka - Karasjok'],
  ['Karasjoga gielda', '5610 Kárášjohka - Karasjok'],
  ['Deanu gielda – Tana kommune', '5628 Deatnu - Tana'],
  ['Unjárgga gielda - Nesseby kommune', '5636 Unjárga - Nesseby'],
  ['Gáivuona suohkan – Kåfjord kommune – Kaivuonon komuuni', '5540 Gáivuotna - Kåfjord - Kaivuono'],
  ['Hábmera suohkan – Hamarøy kommune', '1875 Hábmer - Hamarøy'],
  ['Snåasen tjïelte – Snåsa kommune', '5041 Snåase - Snåsa'],
  ['Snåsa kommune', '5041 Snåase - Snåsa'],
  ['Rossen tjïelte', '5025 Røros'],
  ['Nordreisa kommune', '5544 Nordreisa - Ráisa - Raisi'],
  // Namesakes need their county.
  ['Herøy kommune (Nordland)', '1818 Herøy (Nordland)'],
  ['Herøy kommune, Møre og Romsdal', '1515 Herøy (Møre og Romsdal)'],
  ['Herøy (Nordland)', '1818 Herøy (Nordland)'],
  ['Våler kommune i Innlandet', '3419 Våler (Innlandet)'],
  ['Våler kommune (Østfold)', '3114 Våler (Østfold)'],
  ['Herøy kommune', null],
  ['Våler kommune', null],
  // Not a municipality: ministries, KS, agencies, universities, companies, the state's county offices.
  ['Kommunal- og distriktsdepartementet', null],
  ['KS', null],
  ['KS Agder', null],
  ['Kommunesektorens organisasjon (KS)', null],
  ['Kommunalbanken', null],
  ['Kommunenes Sentralforbund', null],
  ['Statsforvalteren i Innlandet', null],
  ['Statsforvalteren i Oslo og Viken', null],
  ['Universitetet i Bergen', null],
  ['NIBR – By- og regionforskningsinstituttet, OsloMet', null],
  ['Sámi allaskuvla – Samisk høgskole', null],
  ['Oslo Economics AS', null],
  ['Vågå Bygg AS', null],
  ['Hamar Media AS, Hamar', null],
  ['Innlandet', null],
  ['Bydel Fana', null],
  ['Kommune', null],
  ['Fylkeskommunen', null],
  // Counties and municipalities of before 2024 are not on the list.
  ['Viken fylkeskommune', null],
  ['Troms og Finnmark fylkeskommune', null],
  ['Vestfold og Telemark fylkeskommune', null],
  ['', null],
];

describe('MunicipalityMatcher', () => {
  it('reads the 357 municipalities of 2024 in 15 counties', () => {
    expect(LIST).toHaveLength(357);
    expect(new Set(LIST.map((m) => m.number)).size).toBe(357);
    expect(matcher.countyList().map((c) => `${c.number} ${c.name}`)).toEqual([
      '03 Oslo', '11 Rogaland', '15 Møre og Romsdal', '18 Nordland', '31 Østfold', '32 Akershus', '33 Buskerud', '34 Innlandet',
      '39 Vestfold', '40 Telemark', '42 Agder', '46 Vestland', '50 Trøndelag', '55 Troms', '56 Finnmark',
    ]);
  });

  it.each(SPELLINGS)('%j belongs to %s', (organisation, expected) => {
    expect(described(matcher.match(organisation))).toBe(expected);
  });

  it('places no organisation at all nowhere', () => {
    expect(matcher.match(null)).toBeNull();
  });

  it('keeps every municipality apart once folded, but for the two namesakes', () => {
    const byFolded = new Map<string, string[]>();
    for (const m of LIST) {
      const key = foldPlaceName(m.name.replace(/\s*\(.*\)$/, ''));
      byFolded.set(key, [...(byFolded.get(key) ?? []), m.name]);
    }
    const shared = [...byFolded.values()].filter((names) => names.length > 1);
    expect(shared).toEqual([
      ['Herøy (Møre og Romsdal)', 'Herøy (Nordland)'],
      ['Våler (Østfold)', 'Våler (Innlandet)'],
    ]);
  });

  it('finds every municipality by its own name with "kommune"', () => {
    const unique = LIST.filter((m) => !m.name.includes('('));
    const missed = unique.filter((m) => {
      const found = matcher.match(`${m.name} kommune`);
      return found?.kind !== 'municipality' || found.municipality !== m;
    });
    expect(missed.map((m) => m.name)).toEqual([]);
  });
});
