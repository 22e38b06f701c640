/**
 * Finding someone without a code: a few letters of a name, organisation or
 * email, results as you type, and a pick with the arrow keys and Enter or a tap.
 */
import { memo, useCallback, useEffect, useId, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Api, ResponseOf } from '../../../shared/contract.js';
import type { RegistrantStatus } from '../../../shared/domain.js';
import { searchWords } from '../../../shared/search-text.js';
import type { UiTextKey } from '../../../shared/i18n.js';
import { useApp, useText } from '../app-context.js';
import { failureText } from '../common/failure-text.js';
import { osloTime } from '../../../shared/oslo-time.js';
import { useLatestOnly } from '../common/use-latest-only.js';
import type { FoundHits } from './local-door.js';

/** One person found. */
export type SearchHit = ResponseOf<'search'>[number];

const RESULT_LIMIT = 10;

const STATUS_TEXT: Readonly<Record<RegistrantStatus, UiTextKey>> = {
  confirmed: 'statusConfirmed',
  waitlisted: 'statusWaitlisted',
  cancelled: 'statusCancelled',
};

/**
 * Scrolls the highlighted result into view when it is out of view or under
 * something (the verdict stays on top of the page on a small screen), to
 * just above the bottom edge: below the verdict.
 */
function reveal(option: HTMLElement | null): void {
  if (!option) return;
  const box = option.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const seen = (y: number): boolean => option.contains(document.elementFromPoint(x, y));
  if (!seen(box.top + 1) || !seen(box.bottom - 1)) option.scrollIntoView({ block: 'end' });
}

interface ResultsProps {
  readonly listId: string;
  readonly hits: readonly SearchHit[];
  readonly active: number;
  readonly onPick: (hit: SearchHit) => void;
}

/** The results, re-rendered only when they or the highlighted one change. */
const SearchResults = memo(function SearchResults({ listId, hits, active, onPick }: ResultsProps) {
  const t = useText();
  return (
    // Keeps focus in the search box when a result is tapped.
    <ul id={listId} role="listbox" aria-label={t('searchResults')} className="search-results" onMouseDown={(e) => e.preventDefault()}>
      {hits.map((hit, index) => (
        <li
          key={hit.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          className="search-result"
          data-registrant={hit.id}
          onClick={() => onPick(hit)}
        >
          <span className="search-result-name">{hit.name}</span>
          {hit.organisation && <span className="search-result-organisation">{hit.organisation}</span>}
          <span className="search-result-status">
            {t(STATUS_TEXT[hit.status])} · {hit.arrivedAt ? t('searchArrived', { time: osloTime(hit.arrivedAt) }) : t('searchNotArrived')}
          </span>
        </li>
      ))}
    </ul>
  );
});

interface SearchPanelProps {
  /** The search box, where typing goes when focus is elsewhere. */
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onPick: (hit: SearchHit) => void;
  /** Searches the screen's own copy of the list; null while there is none, and the core is asked. */
  readonly searchHere: (query: string, limit: number) => FoundHits | null;
  /** What picking someone does, said under the label (the door's: checks them in). */
  readonly help?: UiTextKey;
}

/** Asks the core, for one more than is shown: it tells whether there are more. */
async function searchCore(api: Api, query: string): Promise<FoundHits> {
  const found = await api.search({ query, limit: RESULT_LIMIT + 1 });
  return found.length > RESULT_LIMIT ? { hits: found.slice(0, RESULT_LIMIT), total: null } : { hits: found, total: found.length };
}

/** What the status line says about the results. */
function countText(t: ReturnType<typeof useText>, { hits, total }: FoundHits): string {
  if (total === null) return t('searchCountMore', { shown: hits.length });
  return total > hits.length ? t('searchCountShown', { total, shown: hits.length }) : t('searchCount', { count: total });
}

/** The search box and its results; picking someone checks them in and clears the box for the next person. */
export const SearchPanel = memo(function SearchPanel({ inputRef, onPick, searchHere, help = 'searchHelp' }: SearchPanelProps) {
  const { api, language } = useApp();
  const t = useText();
  const ids = useId();
  const listId = `${ids}-results`;
  const [query, setQuery] = useState('');
  // The results on screen and the text they answer (null: nothing to search for).
  const [answer, setAnswer] = useState<{ readonly query: string; readonly found: FoundHits | null }>({ query: '', found: null });
  const hits = answer.found?.hits ?? null;
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const requests = useLatestOnly();

  // Searched straight from the change, not in an effect: results from the copy in memory are rendered with the keystroke itself.
  const search = useCallback(
    (text: string): void => {
      setQuery(text);
      const found = searchWords(text).length > 0 ? (searchHere(text, RESULT_LIMIT) ?? searchCore(api, text)) : null;
      requests.track(
        found,
        (result) => {
          setAnswer({ query: text, found: result });
          setActive(0);
          setFailure(null);
        },
        (error) => setFailure(t('searchFailed', { message: failureText(error, language) })),
      );
    },
    [api, searchHere, requests, t, language],
  );

  const pick = useCallback(
    (hit: SearchHit): void => {
      search('');
      onPick(hit);
    },
    [search, onPick],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const count = hits?.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) setActive((i) => (i + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((i) => (i - 1 + count) % count);
    else if (event.key === 'Enter' && hits?.[active]) pick(hits[active]);
    else if (event.key === 'Escape' && query !== '') search('');
    else return;
    event.preventDefault();
  };

  const open = hits !== null && hits.length > 0;
  // Once the results are painted: React runs a keystroke's effects before the frame, and reading the layout there would hold it up.
  useEffect(() => {
    if (!open) return;
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(() => reveal(document.getElementById(`${listId}-${active}`)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
  }, [open, hits, active, listId]);
  let status = '';
  if (failure) status = failure;
  else if (hits?.length === 0) status = t('searchNone');
  else if (open && answer.found) status = countText(t, answer.found);
  return (
    <section className="panel search-panel" aria-labelledby={`${ids}-heading`} data-results-for={answer.query}>
      <h2 id={`${ids}-heading`}>{t('searchHeading')}</h2>
      <label htmlFor={`${ids}-input`}>{t('searchLabel')}</label>
      <p id={`${ids}-help`} className="help">
        {t(help)}
      </p>
      <input
        ref={inputRef}
        id={`${ids}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${ids}-help`}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p role="status" className={failure ? 'search-status error' : 'search-status'}>
        {status}
      </p>
      {open && <SearchResults listId={listId} hits={hits} active={active} onPick={pick} />}
    </section>
  );
});
