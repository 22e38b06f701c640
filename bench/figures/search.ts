/**
 * Search as the volunteer types: one query per keystroke, from names on the
 * list, some typed without æ, ø and å the way a foreign keyboard spells them.
 */
import type { Core } from '../../electron/core/core.js';
import { searchSync } from '../../electron/core/registrants.js';
import type { FictitiousRegistrant } from '../../electron/core/fictitious-registrants.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';
import { sampleEachSync } from '../measure.js';

const TIMED_QUERIES = 2000;
const WARM_UP_QUERIES = 300;
const NORDIC = /[æøå]/i;
const ASCII_SPELLING: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', å: 'aa' };

/** The search figure on the loaded list. */
export function searchFigures(data: BenchData): Figure[] {
  return [
    {
      name: 'search per keystroke',
      target: { stat: 'p99', underMs: 10 },
      run: async () => searchKeystrokes(data.loadedCore(), data.rows()),
    },
  ];
}

/** A name as typed without Nordic letters: "Ødegård" as "odegaard", "Åse" as "aase". */
function asciiTyped(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøå]/g, (c) => ASCII_SPELLING[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Every prefix of the typed text, one per keystroke: "k", "ka", "kar", … */
function keystrokes(typed: string): string[] {
  return Array.from({ length: typed.length }, (_, i) => typed.slice(0, i + 1));
}

interface Query {
  readonly text: string;
  /** Typed without æ, ø and å. */
  readonly ascii: boolean;
}

/** Queries typed from the list's names, taking plain and ASCII-typed Nordic names in turn. */
function typedQueries(rows: readonly FictitiousRegistrant[], count: number): Query[] {
  const names = rows.map((r) => `${r.firstName} ${r.lastName}`);
  const plain = names.filter((n) => !NORDIC.test(n)).map((n) => n.toLowerCase());
  const nordic = names.filter((n) => NORDIC.test(n)).map(asciiTyped);
  const queries: Query[] = [];
  for (let i = 0; queries.length < count && (i < plain.length || i < nordic.length); i++) {
    for (const text of keystrokes(plain[i] ?? '')) queries.push({ text, ascii: false });
    for (const text of keystrokes(nordic[i] ?? '')) queries.push({ text, ascii: true });
  }
  return queries;
}

function searchKeystrokes(core: Core, rows: readonly FictitiousRegistrant[]): Measurement {
  const queries = typedQueries(rows, WARM_UP_QUERIES + TIMED_QUERIES);
  const inputs = { warmUp: queries.slice(0, WARM_UP_QUERIES), timed: queries.slice(WARM_UP_QUERIES) };
  let empty = 0;
  const samples = sampleEachSync(inputs, (query) => searchSync(core, query.text), (hits) => {
    if (hits.length === 0) empty++;
  });
  const ascii = inputs.timed.filter((q) => q.ascii).length;
  const emptyNote = empty > 0 ? `; ${empty} found NOBODY` : '';
  return { samples, note: `${ascii.toLocaleString('en-US')} typed without æøå${emptyNote}` };
}
