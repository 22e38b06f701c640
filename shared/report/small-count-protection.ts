/**
 * The anonymous report's protection of small counts. A place's or
 * organisation's count from 1 to 4 is shown as FEW; but totals add up: a
 * county is its municipalities and its county authority, the kinds of
 * affiliation add up to the day's totals, and so on. Where a total less the
 * counts shown would still give away a count under 5 (a county's total and
 * all but one of its municipalities shown, say), more counts are hidden
 * (HIDDEN) until no count under 5 can be worked out from any sum exactly.
 *
 * The sums are used together as a reader with the published numbers could:
 * a FEW count lies between 1 and 4, a hidden or unpublished one is any count
 * until a sum narrows it, and each narrowed count narrows the others in its
 * sums. The day's totals (the summary) stay shown; among the other counts
 * near one given away, the smallest are hidden first.
 */
import { FEW, HIDDEN, type AffiliationRow, type AttendanceReport, type CountyRow, type MunicipalityRow, type PeopleCount } from './report-model.js';

type Column = 'confirmed' | 'arrived';

/** A count in one of the report's sums, and what a reader sees of it. */
interface Count {
  readonly value: number;
  /** shown; FEW (1 to 4); hidden to protect another; not in the report at all. */
  state: 'shown' | 'few' | 'hidden' | 'unpublished';
  /** The day's totals: always shown. */
  readonly fixed: boolean;
}

/** Counts that add up to zero, each with its sign: a total with +1, its parts with −1. */
type Sum = readonly { readonly count: Count; readonly sign: 1 | -1 }[];

const isSmall = (value: number): boolean => value > 0 && value < 5;

function published(value: number, fixed = false): Count {
  return { value, state: isSmall(value) && !fixed ? 'few' : 'shown', fixed };
}

/** What a reader can tell of each count: its least and greatest possible value. */
type Bounds = Map<Count, [number, number]>;

/** A count's bounds before any sum is used: shown exactly, FEW as 1 to 4, anything else unseen as any count. */
function initialBounds(count: Count): [number, number] {
  if (count.state === 'shown') return [count.value, count.value];
  return count.state === 'few' ? [1, 4] : [0, Infinity];
}

/** The least and greatest of a signed term. */
function termRange(bounds: Bounds, { count, sign }: Sum[number]): readonly [number, number] {
  const [min, max] = bounds.get(count)!;
  return sign === 1 ? [min, max] : [-max, -min];
}

/** The least and greatest a sum of terms can be, with how many of each are unbounded. */
interface Span {
  low: number;
  lowUnbounded: number;
  high: number;
  highUnbounded: number;
}

function addTo(span: Span, [min, max]: readonly [number, number]): void {
  if (Number.isFinite(min)) span.low += min;
  else span.lowUnbounded++;
  if (Number.isFinite(max)) span.high += max;
  else span.highUnbounded++;
}

/** Narrows each unseen count of the sum from the others' bounds; true when any was narrowed. */
function narrow(bounds: Bounds, sum: Sum): boolean {
  // The whole sum's span once; each term's others are the whole less the term itself.
  const whole: Span = { low: 0, lowUnbounded: 0, high: 0, highUnbounded: 0 };
  const ranges = sum.map((term) => termRange(bounds, term));
  for (const range of ranges) addTo(whole, range);
  let narrowed = false;
  sum.forEach((term, i) => {
    if (term.count.state === 'shown') return;
    const [ownMin, ownMax] = ranges[i]!;
    const finiteMin = Number.isFinite(ownMin);
    const finiteMax = Number.isFinite(ownMax);
    const low = whole.lowUnbounded - (finiteMin ? 0 : 1) > 0 ? -Infinity : whole.low - (finiteMin ? ownMin : 0);
    const high = whole.highUnbounded - (finiteMax ? 0 : 1) > 0 ? Infinity : whole.high - (finiteMax ? ownMax : 0);
    // The others add up to minus this term.
    const [from, to] = term.sign === 1 ? [-high, -low] : [low, high];
    const [min, max] = bounds.get(term.count)!;
    const next: [number, number] = [Math.max(min, Math.ceil(from)), Math.min(max, Math.floor(to))];
    if (next[0] !== min || next[1] !== max) {
      bounds.set(term.count, next);
      narrowed = true;
    }
  });
  return narrowed;
}

/** Passes over the sums before the reader's reckoning is taken as done (each pass only narrows, so stopping early never claims more than is so). */
const MAX_PASSES = 64;

/** The counts under 5 a reader can work out exactly, using every sum together. */
function workedOut(counts: readonly Count[], sums: readonly Sum[]): Count[] {
  const bounds: Bounds = new Map(counts.map((count) => [count, initialBounds(count)]));
  for (let pass = 0; pass < MAX_PASSES && sums.some((sum) => narrow(bounds, sum)); pass++);
  return counts.filter((count) => count.state !== 'shown' && isSmall(count.value) && bounds.get(count)![0] === bounds.get(count)![1]);
}

/**
 * Hides one more count near those given away: in a sum that holds one of
 * them, or a sum holding an unseen count of such a sum, the smallest shown
 * above zero (else a zero). False when nothing is left to hide.
 */
function hideOneMore(givenAway: readonly Count[], sums: readonly Sum[]): boolean {
  const holding = (counts: ReadonlySet<Count>): Sum[] => sums.filter((sum) => sum.some(({ count }) => counts.has(count)));
  const near = holding(new Set(givenAway));
  const unseen = new Set(near.flatMap((sum) => sum.filter(({ count }) => count.state !== 'shown').map(({ count }) => count)));
  const candidates = [...new Set([...near, ...holding(unseen)].flatMap((sum) => sum.map(({ count }) => count)))].filter((count) => count.state === 'shown' && !count.fixed);
  candidates.sort((a, b) => Number(a.value === 0) - Number(b.value === 0) || a.value - b.value);
  const chosen = candidates[0];
  if (!chosen) return false;
  chosen.state = 'hidden';
  return true;
}

function shownAs(count: Count): PeopleCount {
  if (count.state === 'few') return FEW;
  return count.state === 'shown' ? count.value : HIDDEN;
}

const numberOf = (count: PeopleCount): number => {
  if (typeof count !== 'number') throw new Error('protectPlaceCounts takes the full report, not an anonymous one');
  return count;
};

/** One column's counts (confirmed or arrived) for the municipalities, counties and affiliations, protected. */
function protectColumn(report: AttendanceReport, column: Column) {
  const municipalities = report.municipalities.map((m) => published(numberOf(m[column])));
  const counties = report.counties.map((c) => published(numberOf(c[column])));
  const affiliations = report.affiliations.map((a) => published(numberOf(a[column])));
  const dayTotal = published(report.summary[column], true);
  // The county authority's people: published for those arrived, else only as a county less its municipalities.
  const authorities = report.counties.map((c) => {
    if (column === 'arrived') return published(numberOf(c.arrivedFromCountyAuthority));
    const inMunicipalities = report.municipalities.filter((m) => m.county === c.name).reduce((sum, m) => sum + numberOf(m.confirmed), 0);
    const unpublished: Count = { value: numberOf(c.confirmed) - inMunicipalities, state: 'unpublished', fixed: false };
    return unpublished;
  });
  const affiliation = (kind: AffiliationRow['kind']): Count => affiliations[report.affiliations.findIndex((a) => a.kind === kind)]!;
  const plus = (count: Count) => ({ count, sign: 1 as const });
  const minus = (count: Count) => ({ count, sign: -1 as const });

  const sums: Sum[] = [
    // A county: its municipalities and its county authority.
    ...report.counties.map((c, i) => [plus(counties[i]!), minus(authorities[i]!), ...report.municipalities.flatMap((m, j) => (m.county === c.name ? [minus(municipalities[j]!)] : []))]),
    [plus(affiliation('municipality')), ...municipalities.map(minus)],
    [plus(affiliation('countyAuthority')), ...authorities.map(minus)],
    [plus(affiliation('municipality')), plus(affiliation('countyAuthority')), ...counties.map(minus)],
    [plus(dayTotal), ...affiliations.map(minus)],
  ];
  const counts = [...new Set(sums.flatMap((sum) => sum.map(({ count }) => count)))];
  // Each round hides one more count, so this ends.
  for (let givenAway = workedOut(counts, sums); givenAway.length > 0 && hideOneMore(givenAway, sums); givenAway = workedOut(counts, sums));
  return {
    municipalities: municipalities.map(shownAs),
    counties: counties.map(shownAs),
    authorities: authorities.map(shownAs),
    affiliations: affiliations.map(shownAs),
  };
}

/** The municipalities', counties' and affiliations' counts of the full report as the anonymous report may show them. */
export function protectPlaceCounts(report: AttendanceReport): Pick<AttendanceReport, 'municipalities' | 'counties' | 'affiliations'> {
  const confirmed = protectColumn(report, 'confirmed');
  const arrived = protectColumn(report, 'arrived');
  return {
    municipalities: report.municipalities.map((m, i): MunicipalityRow => ({ ...m, confirmed: confirmed.municipalities[i]!, arrived: arrived.municipalities[i]! })),
    counties: report.counties.map(
      (c, i): CountyRow => ({ ...c, confirmed: confirmed.counties[i]!, arrived: arrived.counties[i]!, arrivedFromCountyAuthority: arrived.authorities[i]! }),
    ),
    affiliations: report.affiliations.map((a, i): AffiliationRow => ({ ...a, confirmed: confirmed.affiliations[i]!, arrived: arrived.affiliations[i]! })),
  };
}
