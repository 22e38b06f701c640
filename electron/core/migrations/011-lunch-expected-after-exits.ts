/**
 * Migration 11: the lunch counter's "expected" follows the exits. A lunch
 * guest's `arrived` (in lunch_guest, summed in dietary_total) now says they
 * are expected at lunch: let in and inside now, or let in and fed already
 * (the station store's refreshLunchGuestsSync says why). The guests are
 * counted afresh by that rule; the tables and their triggers stay as
 * migration 10 made them.
 */
import type { Database } from 'better-sqlite3';

export function migrate011LunchExpectedAfterExits(db: Database): void {
  db.exec(`
    DELETE FROM lunch_guest;
    DELETE FROM dietary_total;
    INSERT INTO lunch_guest (registrant_id, dietary, arrived, eaten)
      SELECT id, dietary, arrived AND (inside OR eaten), eaten FROM (
        SELECT g.id, COALESCE(r.dietary, '') AS dietary,
          EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = g.id) AS arrived,
          EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = g.id AND a.inside = 1) AS inside,
          EXISTS (SELECT 1 FROM lunch_serving s WHERE s.registrant_id = g.id) AS eaten
        FROM (SELECT registrant_id AS id FROM attendance UNION SELECT registrant_id FROM lunch_serving WHERE registrant_id IS NOT NULL) g
        LEFT JOIN registrant r ON r.id = g.id
      ) WHERE (arrived AND inside) OR eaten;
  `);
}
