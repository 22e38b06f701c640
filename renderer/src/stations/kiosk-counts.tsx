/**
 * The door's counts, asked for once per kiosk screen and shared by the
 * header (inside against capacity) and the screen below it (arrivals).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ResponseOf } from '../../../shared/contract.js';
import { useCounts } from '../volunteer/use-kiosk-figures.js';

/** The counts (null until the first answer), and a way to ask at once after a record. */
export interface KioskCounts {
  readonly counts: ResponseOf<'counts'> | null;
  readonly refresh: () => void;
}

const KioskCountsContext = createContext<KioskCounts | null>(null);

/** Keeps the counts fresh for every screen and header inside it. */
export function KioskCountsProvider({ children }: { readonly children: ReactNode }) {
  const { counts, refresh } = useCounts();
  const value = useMemo(() => ({ counts, refresh }), [counts, refresh]);
  return <KioskCountsContext.Provider value={value}>{children}</KioskCountsContext.Provider>;
}

/** The kiosk's counts; only inside <KioskCountsProvider>. */
export function useKioskCounts(): KioskCounts {
  const value = useContext(KioskCountsContext);
  if (!value) throw new Error('useKioskCounts outside KioskCountsProvider');
  return value;
}
