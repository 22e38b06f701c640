import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  FICTITIOUS_CSV_HEADER,
  type FictitiousRegistrant,
  fictitiousRegistrantsCsv,
  generateFictitiousRegistrants,
} from '../../electron/core/fictitious-registrants.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Read independently of the module, so the test checks the module against the file itself.
function municipalityCountyPairs(): Set<string> {
  const text = fs.readFileSync(path.join(repoRoot, 'resources', 'demo', 'kommuner-2024.csv'), 'utf8');
  const pairs = new Set<string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [, kommune, , fylke] = line.split(',');
    if (kommune && fylke) pairs.add(`${kommune}|${fylke}`);
  }
  return pairs;
}

function share(rows: readonly FictitiousRegistrant[], predicate: (r: FictitiousRegistrant) => boolean): number {
  return rows.filter(predicate).length / rows.length;
}

function fields(r: FictitiousRegistrant): string[] {
  return [r.ref, r.firstName, r.lastName, r.email, r.organisation, r.role, r.municipality, r.county, r.status, r.dietary];
}

const big = generateFictitiousRegistrants(20_000);

describe('generateFictitiousRegistrants', () => {
  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateFictitiousRegistrants(600, { seed: 42 })).toEqual(generateFictitiousRegistrants(600, { seed: 42 }));
    expect(generateFictitiousRegistrants(600)).toEqual(generateFictitiousRegistrants(600, { seed: 1 }));
    expect(generateFictitiousRegistrants(600, { seed: 42 })).not.toEqual(generateFictitiousRegistrants(600, { seed: 43 }));
  });

  it('returns exactly the number asked for, and 20,000 quickly', () => {
    expect(generateFictitiousRegistrants(0)).toEqual([]);
    expect(generateFictitiousRegistrants(1)).toHaveLength(1);
    expect(generateFictitiousRegistrants(600)).toHaveLength(600);
    const started = performance.now();
    const rows = generateFictitiousRegistrants(20_000, { seed: 7 });
    const ms = performance.now() - started;
    console.log(`generateFictitiousRegistrants(20000): ${ms.toFixed(1)} ms`);
    expect(rows).toHaveLength(20_000);
    expect(ms).toBeLessThan(1000);
  });

  it('rejects nonsense arguments', () => {
    expect(() => generateFictitiousRegistrants(-1)).toThrow(RangeError);
    expect(() => generateFictitiousRegistrants(1.5)).toThrow(RangeError);
    expect(() => generateFictitiousRegistrants(10, { waitlistedShare: 1.2 })).toThrow(RangeError);
    expect(() => generateFictitiousRegistrants(10, { waitlistedShare: 0.6, cancelledShare: 0.6 })).toThrow(RangeError);
  });

  it('numbers rows uniquely and sequentially', () => {
    expect(new Set(big.map((r) => r.ref)).size).toBe(big.length);
    expect(big[0]?.ref).toBe('LDK-000001');
    expect(big[19_999]?.ref).toBe('LDK-020000');
    for (const r of big) expect(r.ref).toMatch(/^LDK-\d{6}$/);
  });

  it('draws statuses in the asked shares', () => {
    expect(Math.abs(share(big, (r) => r.status === 'Venteliste') - 0.06)).toBeLessThan(0.01);
    expect(Math.abs(share(big, (r) => r.status === 'Avmeldt') - 0.04)).toBeLessThan(0.01);

    const custom = generateFictitiousRegistrants(20_000, { seed: 3, waitlistedShare: 0.2, cancelledShare: 0.1 });
    expect(Math.abs(share(custom, (r) => r.status === 'Venteliste') - 0.2)).toBeLessThan(0.015);
    expect(Math.abs(share(custom, (r) => r.status === 'Avmeldt') - 0.1)).toBeLessThan(0.015);

    const allIn = generateFictitiousRegistrants(2000, { waitlistedShare: 0, cancelledShare: 0 });
    expect(allIn.every((r) => r.status === 'Påmeldt')).toBe(true);
  });

  it('mixes organisations roughly as a real registration list would', () => {
    const fylke = share(big, (r) => r.organisation.endsWith(' fylkeskommune'));
    const kommune = share(big, (r) => r.organisation.endsWith(' kommune') && !r.organisation.endsWith('fylkeskommune'));
    expect(Math.abs(kommune - 0.65)).toBeLessThan(0.03);
    expect(Math.abs(fylke - 0.1)).toBeLessThan(0.02);
    expect(big.some((r) => r.organisation === 'KS')).toBe(true);
    expect(big.some((r) => r.organisation.startsWith('Statsforvalteren i '))).toBe(true);
    expect(big.some((r) => r.organisation.endsWith('departementet'))).toBe(true);
    expect(big.some((r) => r.role === 'Forsker')).toBe(true);
    // One ordfører per municipality, however many rows there are.
    const mayors = big.filter((r) => r.role === 'Ordfører').map((r) => r.organisation);
    expect(new Set(mayors).size).toBe(mayors.length);
  });

  it('uses Norwegian letters, hyphens, Sami names and particles in names', () => {
    const names = big.map((r) => `${r.firstName} ${r.lastName}`);
    for (const letter of ['æ', 'ø', 'å', 'Ø', 'Å']) expect(names.some((n) => n.includes(letter))).toBe(true);
    expect(big.some((r) => r.firstName.includes('-'))).toBe(true);
    expect(big.some((r) => r.firstName === 'Máret')).toBe(true);
    expect(big.some((r) => r.lastName.includes("'"))).toBe(true);
    expect(big.some((r) => r.lastName.startsWith('von '))).toBe(true);
    // A small list still has them.
    const small = generateFictitiousRegistrants(600);
    expect(small.some((r) => /[æøåÆØÅ]/.test(r.firstName + r.lastName))).toBe(true);
  });

  it('derives ASCII emails from name and organisation', () => {
    for (const r of big) expect(r.email).toMatch(/^[a-z0-9][a-z0-9.-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    const odegard = big.find((r) => r.firstName === 'Øystein' && r.lastName === 'Ødegård' && r.organisation.endsWith(' kommune'));
    expect(odegard?.email).toMatch(/^oystein\.odegard\d*@[a-z-]+\.kommune\.no$/);
    const kautokeino = big.find((r) => r.organisation === 'Guovdageaidnu - Kautokeino kommune' && !r.email.startsWith('post'));
    expect(kautokeino?.email).toMatch(/@kautokeino\.kommune\.no$/);
    const oneill = big.find((r) => r.lastName === "O'Neill");
    expect(oneill?.email).toMatch(/\.oneill\d*@/);
    expect(big.find((r) => r.organisation === 'OsloMet')?.email).toMatch(/@oslomet\.no$/);
    expect(big.find((r) => r.organisation === 'KS')?.email).toMatch(/@ks\.no$/);
  });

  it('shares an office mailbox between two different people in about 0.5% of rows', () => {
    for (const rows of [big, generateFictitiousRegistrants(600, { seed: 5 })]) {
      const byEmail = new Map<string, FictitiousRegistrant[]>();
      for (const r of rows) byEmail.set(r.email, [...(byEmail.get(r.email) ?? []), r]);
      const shared = [...byEmail.values()].filter((group) => group.length > 1);
      expect(shared.length).toBeGreaterThan(0);
      const sharedRows = shared.reduce((n, group) => n + group.length, 0);
      expect(sharedRows / rows.length).toBeGreaterThan(0.002);
      expect(sharedRows / rows.length).toBeLessThan(0.01);
      for (const group of shared) {
        expect(group).toHaveLength(2);
        const [a, b] = group;
        expect(`${a?.firstName} ${a?.lastName}`).not.toBe(`${b?.firstName} ${b?.lastName}`);
        expect(a?.organisation).toBe(b?.organisation);
        expect(a?.email).toMatch(/^(postmottak|post|sentralbord|politisk\.sekretariat)@/);
      }
    }
  });

  it('only uses municipality/county pairs from the municipality list', () => {
    const pairs = municipalityCountyPairs();
    expect(pairs.size).toBe(357);
    for (const r of big) expect(pairs.has(`${r.municipality}|${r.county}`), `${r.municipality}|${r.county}`).toBe(true);
    // Municipal rows are placed in their own municipality.
    for (const r of big) {
      if (r.organisation.endsWith(' kommune') && !r.organisation.endsWith('fylkeskommune')) {
        expect(r.organisation).toBe(`${r.municipality.replace(/ \(.*\)$/, '')} kommune`);
      }
    }
  });

  it('uses only the dietary values a registration form offers', () => {
    const allowed = new Set(['', 'Vegetar', 'Glutenfri', 'Laktosefri', 'Nøtteallergi', 'Vegan']);
    for (const r of big) expect(allowed.has(r.dietary)).toBe(true);
    expect(share(big, (r) => r.dietary === '')).toBeGreaterThan(0.7);
  });
});

describe('fictitiousRegistrantsCsv', () => {
  const rows = generateFictitiousRegistrants(600);
  const csv = fictitiousRegistrantsCsv(rows);

  it('writes the Norwegian header and one CRLF-terminated line per row', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Påmeldingsnummer;Fornavn;Etternavn;E-post;Organisasjon;Stilling;Kommune;Fylke;Status;Matbehov');
    expect(lines[0]).toBe(FICTITIOUS_CSV_HEADER.join(';'));
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[lines.length - 1]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(fictitiousRegistrantsCsv([])).toBe(`${FICTITIOUS_CSV_HEADER.join(';')}\r\n`);
  });

  it('writes plain fields unquoted', () => {
    const lines = csv.split('\r\n');
    const index = lines.findIndex((line, i) => i > 0 && line.length > 0 && !line.includes('"'));
    const row = rows[index - 1];
    expect(row).toBeDefined();
    if (row) expect(lines[index]?.split(';')).toEqual(fields(row));
    const withApostrophe = rows.find((r) => r.lastName.includes("'"));
    expect(withApostrophe).toBeDefined();
    if (withApostrophe) expect(csv).toContain(`;${withApostrophe.firstName};${withApostrophe.lastName};`);
  });

  it('round-trips through a CSV parser, quoted fields included', () => {
    const awkward: FictitiousRegistrant = {
      ...(rows[0] as FictitiousRegistrant),
      firstName: 'Kari "Kaja"',
      lastName: "O'Neill; Ødegård",
      organisation: 'Bodø kommune\r\nPolitisk sekretariat',
      dietary: 'Vegetar;\nNøtteallergi',
    };
    const all = [...rows, awkward];
    const text = fictitiousRegistrantsCsv(all);
    expect(text).toContain('"Kari ""Kaja"""');
    expect(text).toContain(`"O'Neill; Ødegård"`);
    const parsed = parse(text, { delimiter: ';', relax_quotes: false }) as string[][];
    expect(parsed[0]).toEqual([...FICTITIOUS_CSV_HEADER]);
    expect(parsed.slice(1)).toEqual(all.map(fields));
  });
});
