/**
 * Migration 7: the search text folds "ae" (and so æ) to "a", as it folds
 * "aa" to "a" and "oe" to "o" (shared/search-text.ts), so that "sather" finds
 * Sæther. The stored text was folded without that last step, which this adds.
 */
import type { Database } from 'better-sqlite3';

export function migrate007SearchTextFoldsAe(db: Database): void {
  db.exec(`UPDATE registrant SET search_text = replace(search_text, 'ae', 'a') WHERE instr(search_text, 'ae') > 0`);
}
