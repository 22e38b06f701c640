/**
 * Fictitious registrations for Lokaldemokratikonferansen, for demos, load
 * tests and import tests: realistic Norwegian names, organisations,
 * municipalities and statuses, without any real person's data.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { resourcePath } from './resource-path.js';

/** One fictitious registration row, as a registration system would export it. */
export interface FictitiousRegistrant {
  readonly ref: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly organisation: string;
  readonly role: string;
  readonly municipality: string;
  readonly county: string;
  readonly status: 'Påmeldt' | 'Venteliste' | 'Avmeldt';
  readonly dietary: string;
}

/** Options for generateFictitiousRegistrants. */
export interface FictitiousRegistrantOptions {
  readonly seed?: number;
  readonly waitlistedShare?: number;
  readonly cancelledShare?: number;
}

/** The CSV header, in the order of the columns written by fictitiousRegistrantsCsv. */
export const FICTITIOUS_CSV_HEADER = [
  'Påmeldingsnummer',
  'Fornavn',
  'Etternavn',
  'E-post',
  'Organisasjon',
  'Stilling',
  'Kommune',
  'Fylke',
  'Status',
  'Matbehov',
] as const;

interface Municipality {
  readonly name: string;
  readonly county: string;
}

// ---------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------

type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data; not for secrets. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

type Weighted<T> = readonly (readonly [T, number])[];

function pickWeighted<T>(random: Random, items: Weighted<T>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('pick from an empty list');
  return last[0];
}

// ---------------------------------------------------------------------------
// Embedded lists
// ---------------------------------------------------------------------------

// Heavy on æ, ø, å, hyphens and spaces on purpose: those are what break
// search, sorting, badges and CSV round-trips.
const FIRST_NAMES: readonly string[] = [
  'Kari', 'Ola', 'Anne-Grete', 'Øystein', 'Bjørn', 'Kjærsti', 'Håkon', 'Ståle',
  'Sølvi', 'Tørris', 'Åse', 'Åsmund', 'Målfrid', 'Synnøve', 'Kåre', 'Ørjan',
  'Øyvind', 'Torbjørn', 'Jørgen', 'Bård', 'Pål', 'Gudrun', 'Ingrid', 'Solveig',
  'Sigrid', 'Astrid', 'Ragnhild', 'Tone', 'Hege', 'Hilde', 'Marit', 'Liv',
  'Randi', 'Berit', 'Eli', 'Torill', 'Gro', 'Siv', 'Vigdis', 'Ingeborg',
  'Ragnar', 'Trond', 'Geir', 'Terje', 'Arild', 'Rune', 'Knut', 'Lars',
  'Per', 'Jon', 'Svein', 'Odd', 'Einar', 'Eirik', 'Frode', 'Kjetil',
  'Sverre', 'Halvor', 'Hans Petter', 'Tor-Arne', 'Mari-Ann', 'Ann-Kristin', 'Jan-Erik', 'Nora',
  'Sofie', 'Ida', 'Thea', 'Magnus', 'Sander', 'Sindre', 'Jonas', 'Fredrik',
  'Máret', 'Ánde', 'Biret', 'Niillas', 'Áslat', 'Elle', 'Mohammed', 'Ali',
  'Fatima', 'Amina', 'Linh', 'Yusuf', 'Agnieszka', 'Tomasz', 'Dag', 'Siri',
];

const LAST_NAMES: readonly string[] = [
  'Ødegård', 'Østby', 'Sæther', 'Aasen', 'Bjørnstad', 'Haugland', 'Lærum', 'Løvås',
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen',
  'Jensen', 'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen',
  'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund',
  'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide',
  'Knutsen', 'Martinsen', 'Bakke', 'Mathisen', 'Lie', 'Amundsen', 'Solheim', 'Brekke',
  'Myklebust', 'Tveit', 'Aune', 'Skjærvø', 'Grønvold', 'Bråthen', 'Sørli', 'Nordvik',
  'Fjærli', 'Håland', 'Kåsa', 'Røed', 'Nygård', 'Åsheim', 'Vårdal', 'Kjærnes',
  'Gaup', 'Sara', 'Eira', 'Hætta', 'Somby', 'Buljo', 'Balto', 'Mikkelsen',
  'Nguyen', 'Tran', 'Ali', 'Ahmed', 'Hussain', 'Kowalski', "O'Neill", 'von Krogh',
  'de Vibe', 'Aas',
];

// Roles whose holder is unique within an organisation; a second draw becomes the fallback role.
const UNIQUE_ROLES: ReadonlySet<string> = new Set([
  'Ordfører', 'Varaordfører', 'Kommunedirektør', 'Rådmann',
  'Fylkesordfører', 'Fylkesvaraordfører', 'Fylkeskommunedirektør',
  'Statsforvalter', 'Assisterende statsforvalter',
]);

const MUNICIPAL_POLITICIAN_ROLES: Weighted<string> = [
  ['Ordfører', 14], ['Varaordfører', 8], ['Kommunestyremedlem', 24], ['Formannskapsmedlem', 8],
  ['Gruppeleder', 6], ['Leder av kontrollutvalget', 3], ['Utvalgsleder', 3],
  ['Leder av ungdomsrådet', 2], ['Leder av eldrerådet', 2],
];
const MUNICIPAL_STAFF_ROLES: Weighted<string> = [
  ['Kommunedirektør', 8], ['Rådmann', 2], ['Kommunalsjef', 6], ['Rådgiver', 8],
  ['Spesialrådgiver', 4], ['Politisk sekretær', 4], ['Arkivleder', 1],
];
const MUNICIPAL_ROLES: Weighted<string> = [...MUNICIPAL_POLITICIAN_ROLES, ...MUNICIPAL_STAFF_ROLES];

const COUNTY_ROLES: Weighted<string> = [
  ['Fylkesordfører', 6], ['Fylkesvaraordfører', 4], ['Fylkestingsmedlem', 40],
  ['Fylkeskommunedirektør', 4], ['Seniorrådgiver', 16], ['Rådgiver', 14], ['Regionsjef', 4],
];
const COUNTY_POLITICIANS: ReadonlySet<string> = new Set(['Fylkesordfører', 'Fylkesvaraordfører', 'Fylkestingsmedlem']);

// Administrative seat of each county authority (2024); Oslo has no fylkeskommune.
const COUNTY_SEATS: Readonly<Record<string, string>> = {
  Østfold: 'Sarpsborg',
  Akershus: 'Oslo',
  Buskerud: 'Drammen',
  Innlandet: 'Hamar',
  Vestfold: 'Tønsberg',
  Telemark: 'Skien',
  Agder: 'Kristiansand',
  Rogaland: 'Stavanger',
  Vestland: 'Bergen',
  'Møre og Romsdal': 'Molde',
  Trøndelag: 'Trondheim',
  Nordland: 'Bodø',
  Troms: 'Tromsø',
  Finnmark: 'Vadsø',
};

interface Organisation {
  readonly name: string;
  readonly domain: string;
  /** Municipality where the organisation sits, as spelled in the municipality CSV. */
  readonly municipality: string;
  readonly roles: Weighted<string>;
}

const RESEARCH_ROLES: Weighted<string> = [
  ['Forsker', 20], ['Seniorforsker', 12], ['Forsker I', 3], ['Forsker II', 5], ['Professor', 14],
  ['Førsteamanuensis', 10], ['Postdoktor', 6], ['Stipendiat', 10], ['Forskningsleder', 4],
  ['Instituttleder', 2], ['Professor emeritus', 2],
];

const RESEARCH_ORGANISATIONS: readonly Organisation[] = (
  [
    ['OsloMet', 'oslomet.no', 'Oslo'],
    ['NIBR – By- og regionforskningsinstituttet, OsloMet', 'oslomet.no', 'Oslo'],
    ['Universitetet i Oslo', 'uio.no', 'Oslo'],
    ['Universitetet i Bergen', 'uib.no', 'Bergen'],
    ['NTNU', 'ntnu.no', 'Trondheim'],
    ['UiT Norges arktiske universitet', 'uit.no', 'Tromsø'],
    ['Universitetet i Agder', 'uia.no', 'Kristiansand'],
    ['Universitetet i Stavanger', 'uis.no', 'Stavanger'],
    ['Nord universitet', 'nord.no', 'Bodø'],
    ['NMBU', 'nmbu.no', 'Ås'],
    ['Høgskulen på Vestlandet', 'hvl.no', 'Bergen'],
    ['Høgskolen i Innlandet', 'inn.no', 'Hamar'],
    ['Høgskulen i Volda', 'hivolda.no', 'Volda'],
    ['Sámi allaskuvla – Samisk høgskole', 'samas.no', 'Guovdageaidnu - Kautokeino'],
    ['Telemarksforsking', 'telemarksforsking.no', 'Midt-Telemark'],
    ['NORCE', 'norceresearch.no', 'Bergen'],
    ['Fafo', 'fafo.no', 'Oslo'],
    ['Institutt for samfunnsforskning', 'samfunnsforskning.no', 'Oslo'],
    ['Nordlandsforskning', 'nordlandsforskning.no', 'Bodø'],
    ['Østlandsforskning', 'ostforsk.no', 'Lillehammer'],
    ['Vestlandsforsking', 'vestforsk.no', 'Sogndal'],
    ['Møreforsking', 'moreforsk.no', 'Ålesund'],
    ['Trøndelag Forskning og Utvikling', 'tfou.no', 'Steinkjer'],
  ] as const
).map(([name, domain, municipality]): Organisation => ({ name, domain, municipality, roles: RESEARCH_ROLES }));

const KS_ROLES: Weighted<string> = [
  ['Seniorrådgiver', 10], ['Spesialrådgiver', 6], ['Rådgiver', 5], ['Avdelingsdirektør', 2],
  ['Områdedirektør', 1], ['Styremedlem', 2],
];
const STATSFORVALTER_ROLES: Weighted<string> = [
  ['Seniorrådgiver', 10], ['Rådgiver', 6], ['Fagdirektør', 2], ['Avdelingsdirektør', 2],
  ['Statsforvalter', 1], ['Assisterende statsforvalter', 1], ['Seniorrådgiver, kommunalavdelingen', 3],
];
const MINISTRY_ROLES: Weighted<string> = [
  ['Seniorrådgiver', 10], ['Rådgiver', 5], ['Fagdirektør', 3], ['Underdirektør', 2],
  ['Avdelingsdirektør', 2], ['Ekspedisjonssjef', 1], ['Politisk rådgiver', 1], ['Statssekretær', 1],
];
const AGENCY_ROLES: Weighted<string> = [
  ['Seniorrådgiver', 6], ['Rådgiver', 4], ['Avdelingsdirektør', 1], ['Direktør', 1],
];

const OTHER_ORGANISATIONS: Weighted<Organisation> = [
  [{ name: 'KS', domain: 'ks.no', municipality: 'Oslo', roles: KS_ROLES }, 35],
  ...(
    [
      ['Oslo og Viken', 'Oslo'],
      ['Innlandet', 'Lillehammer'],
      ['Vestfold og Telemark', 'Tønsberg'],
      ['Agder', 'Arendal'],
      ['Rogaland', 'Stavanger'],
      ['Vestland', 'Sogndal'],
      ['Møre og Romsdal', 'Molde'],
      ['Trøndelag', 'Steinkjer'],
      ['Nordland', 'Bodø'],
      ['Troms og Finnmark', 'Vadsø'],
    ] as const
  ).map(
    ([region, municipality]) =>
      [{ name: `Statsforvalteren i ${region}`, domain: 'statsforvalteren.no', municipality, roles: STATSFORVALTER_ROLES }, 3.5] as const,
  ),
  ...(
    [
      ['Kommunal- og distriktsdepartementet', 'kdd.dep.no', 8],
      ['Digitaliserings- og forvaltningsdepartementet', 'dfd.dep.no', 4],
      ['Finansdepartementet', 'fin.dep.no', 3],
      ['Kunnskapsdepartementet', 'kd.dep.no', 2],
      ['Helse- og omsorgsdepartementet', 'hod.dep.no', 3],
    ] as const
  ).map(([name, domain, weight]) => [{ name, domain, municipality: 'Oslo', roles: MINISTRY_ROLES }, weight] as const),
  [{ name: 'Distriktssenteret', domain: 'distriktssenteret.no', municipality: 'Steinkjer', roles: AGENCY_ROLES }, 3],
  [{ name: 'Valgdirektoratet', domain: 'valg.no', municipality: 'Tønsberg', roles: AGENCY_ROLES }, 3],
  [{ name: 'Husbanken', domain: 'husbanken.no', municipality: 'Drammen', roles: AGENCY_ROLES }, 2],
  [{ name: 'Kommunalbanken', domain: 'kbn.com', municipality: 'Oslo', roles: AGENCY_ROLES }, 2],
];

const DIETARY: Weighted<string> = [
  ['', 82], ['Vegetar', 7], ['Glutenfri', 3], ['Laktosefri', 4], ['Nøtteallergi', 2], ['Vegan', 2],
];

// Office addresses two people may register from; tried in order so each shared address is used once.
const SHARED_MAILBOXES: readonly string[] = ['postmottak', 'post', 'sentralbord', 'politisk.sekretariat'];

const SHARED_EMAIL_ROW_SHARE = 0.005;

const CATEGORIES: Weighted<'municipal' | 'county' | 'research' | 'other'> = [
  ['municipal', 65], ['county', 10], ['research', 15], ['other', 10],
];

// ---------------------------------------------------------------------------
// Municipalities
// ---------------------------------------------------------------------------

interface MunicipalityData {
  readonly all: readonly Municipality[];
  readonly byName: ReadonlyMap<string, Municipality>;
  readonly byCounty: ReadonlyMap<string, readonly Municipality[]>;
}

let municipalityCache: MunicipalityData | undefined;

function loadMunicipalities(): MunicipalityData {
  if (municipalityCache) return municipalityCache;
  const file = resourcePath('demo', 'kommuner-2024.csv');
  const records = parse(fs.readFileSync(file, 'utf8'), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  }) as Record<string, string | undefined>[];
  const all: Municipality[] = [];
  for (const record of records) {
    const name = record['kommune'];
    const county = record['fylke'];
    if (!name || !county) throw new Error(`${file}: a row lacks kommune or fylke`);
    all.push({ name, county });
  }
  const byName = new Map(all.map((m) => [m.name, m]));
  const byCounty = new Map<string, Municipality[]>();
  for (const m of all) {
    const list = byCounty.get(m.county);
    if (list) list.push(m);
    else byCounty.set(m.county, [m]);
  }
  // The embedded organisation locations must exist, or the municipality/county pairs would be invented.
  const locations = [
    ...Object.values(COUNTY_SEATS),
    ...RESEARCH_ORGANISATIONS.map((o) => o.municipality),
    ...OTHER_ORGANISATIONS.map(([o]) => o.municipality),
  ];
  for (const location of locations) {
    if (!byName.has(location)) throw new Error(`${file}: no municipality named ${location}`);
  }
  municipalityCache = { all, byName, byCounty };
  return municipalityCache;
}

function municipalityNamed(data: MunicipalityData, name: string): Municipality {
  const m = data.byName.get(name);
  if (!m) throw new Error(`No municipality named ${name}`);
  return m;
}

// ---------------------------------------------------------------------------
// Names and addresses
// ---------------------------------------------------------------------------

const ASCII_FOLDS: Readonly<Record<string, string>> = {
  æ: 'ae', ø: 'o', å: 'a', œ: 'oe', ß: 'ss', đ: 'd', ŋ: 'n', ŧ: 't', ł: 'l', þ: 'th', ð: 'd',
};

/** Folds a name to the ASCII an e-mail system would make of it: "Anne-Grete von Krogh" → "anne-grete.von.krogh". */
function asciiSlug(text: string, separator: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåœßđŋŧłþð]/g, (c) => ASCII_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9-]+/)
    .filter((part) => part.length > 0)
    .join(separator);
}

// Sami or multi-language municipality names: the mail domain follows the Norwegian name.
const DOMAIN_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  'Aarborte - Hattfjelldal': 'hattfjelldal',
  'Hábmer - Hamarøy': 'hamaroy',
  'Snåase - Snåsa': 'snasa',
  'Raarvihke - Røyrvik': 'royrvik',
  'Dielddanuorri - Tjeldsund': 'tjeldsund',
  'Loabák - Lavangen': 'lavangen',
  'Storfjord - Omasvuotna - Omasvuono': 'storfjord',
  'Gáivuotna - Kåfjord - Kaivuono': 'kafjord',
  'Nordreisa - Ráisa - Raisi': 'nordreisa',
  'Kárášjohka - Karasjok': 'karasjok',
  'Guovdageaidnu - Kautokeino': 'kautokeino',
  'Porsanger - Porsáŋgu - Porsanki': 'porsanger',
  'Deatnu - Tana': 'tana',
  'Unjárga - Nesseby': 'nesseby',
};

function municipalityDomain(name: string): string {
  // "Herøy (Nordland)" → heroy-nordland, as the real namesakes disambiguate.
  return `${DOMAIN_NAME_OVERRIDES[name] ?? asciiSlug(name, '-')}.kommune.no`;
}

/** "Herøy (Nordland)" is the CSV's disambiguation; the organisation calls itself "Herøy kommune". */
function municipalityOrganisation(name: string): string {
  return `${name.replace(/\s*\(.*\)$/, '')} kommune`;
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

interface Draft {
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  role: string;
  municipality: string;
  county: string;
  domain: string;
  municipal: boolean;
}

function checkShare(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
}

/** Generates `count` fictitious registrations, the same ones for the same seed and options. */
export function generateFictitiousRegistrants(
  count: number,
  options: FictitiousRegistrantOptions = {},
): FictitiousRegistrant[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const waitlistedShare = options.waitlistedShare ?? 0.06;
  const cancelledShare = options.cancelledShare ?? 0.04;
  checkShare('waitlistedShare', waitlistedShare);
  checkShare('cancelledShare', cancelledShare);
  if (waitlistedShare + cancelledShare > 1) throw new RangeError('waitlistedShare + cancelledShare must not exceed 1');

  const data = loadMunicipalities();
  const random = mulberry32(seed);
  const countyNames = [...data.byCounty.keys()].filter((c) => c in COUNTY_SEATS);
  const takenRoles = new Set<string>();
  const usedEmails = new Set<string>();

  // A unique role already held in this organisation becomes the organisation's ordinary role.
  const roleFor = (organisation: string, roles: Weighted<string>, fallback: string): string => {
    const role = pickWeighted(random, roles);
    if (!UNIQUE_ROLES.has(role)) return role;
    const key = `${organisation}\u0000${role}`;
    if (takenRoles.has(key)) return fallback;
    takenRoles.add(key);
    return role;
  };

  // Namesakes in one organisation get a number, as mail systems do; always terminates.
  const personalEmail = (firstName: string, lastName: string, domain: string): string => {
    const local = `${asciiSlug(firstName, '.')}.${asciiSlug(lastName, '.')}`;
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email);
    return email;
  };

  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    const category = pickWeighted(random, CATEGORIES);
    let organisation: string;
    let role: string;
    let municipality: Municipality;
    let domain: string;
    if (category === 'municipal') {
      municipality = pick(random, data.all);
      organisation = municipalityOrganisation(municipality.name);
      domain = municipalityDomain(municipality.name);
      role = roleFor(organisation, MUNICIPAL_ROLES, 'Kommunestyremedlem');
    } else if (category === 'county') {
      const county = pick(random, countyNames);
      organisation = `${county} fylkeskommune`;
      domain = `${asciiSlug(county, '-')}.fylkeskommune.no`;
      role = roleFor(organisation, COUNTY_ROLES, 'Fylkestingsmedlem');
      // County politicians come from anywhere in the county; staff work at the seat.
      municipality = COUNTY_POLITICIANS.has(role)
        ? pick(random, data.byCounty.get(county) ?? [])
        : municipalityNamed(data, COUNTY_SEATS[county] ?? county);
    } else {
      const org = category === 'research' ? pick(random, RESEARCH_ORGANISATIONS) : pickWeighted(random, OTHER_ORGANISATIONS);
      organisation = org.name;
      domain = org.domain;
      role = roleFor(organisation, org.roles, 'Seniorrådgiver');
      municipality = municipalityNamed(data, org.municipality);
    }
    drafts.push({
      firstName,
      lastName,
      email: personalEmail(firstName, lastName, domain),
      organisation,
      role,
      municipality: municipality.name,
      county: municipality.county,
      domain,
      municipal: category === 'municipal',
    });
  }

  shareOfficeMailboxes(drafts, random, usedEmails);

  return drafts.map((d, i) => ({
    ref: `LDK-${String(i + 1).padStart(6, '0')}`,
    firstName: d.firstName,
    lastName: d.lastName,
    email: d.email,
    organisation: d.organisation,
    role: d.role,
    municipality: d.municipality,
    county: d.county,
    status: drawStatus(random(), waitlistedShare, cancelledShare),
    dietary: pickWeighted(random, DIETARY),
  }));
}

function drawStatus(r: number, waitlistedShare: number, cancelledShare: number): FictitiousRegistrant['status'] {
  if (r < cancelledShare) return 'Avmeldt';
  if (r < cancelledShare + waitlistedShare) return 'Venteliste';
  return 'Påmeldt';
}

/**
 * Makes about 0.5% of rows pairs of different people in one municipality who
 * registered from the same office mailbox, so duplicate-email handling gets exercised.
 */
function shareOfficeMailboxes(drafts: Draft[], random: Random, usedEmails: Set<string>): void {
  const candidates = drafts.filter((d) => d.municipal);
  if (candidates.length < 2) return;
  const pairs = Math.max(1, Math.round((drafts.length * SHARED_EMAIL_ROW_SHARE) / 2));
  const paired = new Set<Draft>();
  // Bounded attempts: a tiny list may not have enough distinct names to pair.
  for (let attempt = 0, made = 0; made < pairs && attempt < pairs * 20; attempt++) {
    const first = pick(random, candidates);
    const second = pick(random, candidates);
    if (first === second || paired.has(first) || paired.has(second)) continue;
    if (first.firstName === second.firstName && first.lastName === second.lastName) continue;
    const mailbox = SHARED_MAILBOXES.map((box) => `${box}@${first.domain}`).find((e) => !usedEmails.has(e));
    if (mailbox === undefined) continue;
    usedEmails.add(mailbox);
    usedEmails.delete(first.email);
    usedEmails.delete(second.email);
    // The second person moves to the first one's municipality: one office, one mailbox.
    second.organisation = first.organisation;
    second.municipality = first.municipality;
    second.county = first.county;
    second.domain = first.domain;
    if (UNIQUE_ROLES.has(second.role)) second.role = 'Kommunestyremedlem';
    first.email = mailbox;
    second.email = mailbox;
    paired.add(first);
    paired.add(second);
    made++;
  }
}

// ---------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows as CSV text with Norwegian headers, `;` between fields and CRLF
 * after every record (including the last), quoting fields that need it.
 */
export function fictitiousRegistrantsCsv(rows: readonly FictitiousRegistrant[]): string {
  const lines = [FICTITIOUS_CSV_HEADER.join(';')];
  for (const r of rows) {
    lines.push(
      [r.ref, r.firstName, r.lastName, r.email, r.organisation, r.role, r.municipality, r.county, r.status, r.dietary]
        .map(csvField)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
