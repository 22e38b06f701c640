/**
 * Migration 10: the counts every screen asks for after each change read
 * running totals, not a day's rows. `lunch_guest` holds each registrant who
 * has arrived or eaten (kept by the station store with each event), and
 * `dietary_total` sums it by the dietary column, kept by triggers so that no
 * write can miss it: an arrival, a lunch, an undo, or a list that changes a
 * guest's dietary column (whoever writes the list). `cloak_uncollected`
 * holds what hangs with its owner's name, in tag order, so the list of
 * uncollected tags is read without a join; triggers keep the names as the
 * list has them. The registrants' status and the lunches without a code or
 * served again are counted from indexes.
 */
import type { Database } from 'better-sqlite3';

// IF NOT EXISTS, and the totals derived afresh: a database rewound to an older version runs this again without harm.

export function migrate010StationTotals(db: Database): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS registrant_status ON registrant (status);
    CREATE INDEX IF NOT EXISTS lunch_serving_anonymous ON lunch_serving (id) WHERE registrant_id IS NULL;
    CREATE INDEX IF NOT EXISTS lunch_serving_again ON lunch_serving (id) WHERE again = 1;

    -- Each registrant who has arrived or eaten, with their dietary column ('' for none) as last counted.
    CREATE TABLE IF NOT EXISTS lunch_guest (
      registrant_id TEXT PRIMARY KEY,
      dietary TEXT NOT NULL,
      arrived INTEGER NOT NULL CHECK (arrived IN (0, 1)),
      eaten INTEGER NOT NULL CHECK (eaten IN (0, 1))
    ) STRICT;

    -- lunch_guest summed by dietary column: arrived, arrived and eaten, eaten without having arrived.
    CREATE TABLE IF NOT EXISTS dietary_total (
      dietary TEXT PRIMARY KEY,
      arrived INTEGER NOT NULL,
      eaten_arrived INTEGER NOT NULL,
      eaten_not_arrived INTEGER NOT NULL
    ) STRICT;

    CREATE TRIGGER IF NOT EXISTS lunch_guest_counted AFTER INSERT ON lunch_guest BEGIN
      INSERT INTO dietary_total (dietary, arrived, eaten_arrived, eaten_not_arrived)
      VALUES (NEW.dietary, NEW.arrived, NEW.arrived * NEW.eaten, (1 - NEW.arrived) * NEW.eaten)
      ON CONFLICT (dietary) DO UPDATE SET arrived = arrived + excluded.arrived, eaten_arrived = eaten_arrived + excluded.eaten_arrived,
        eaten_not_arrived = eaten_not_arrived + excluded.eaten_not_arrived;
    END;
    CREATE TRIGGER IF NOT EXISTS lunch_guest_uncounted AFTER DELETE ON lunch_guest BEGIN
      UPDATE dietary_total SET arrived = arrived - OLD.arrived, eaten_arrived = eaten_arrived - OLD.arrived * OLD.eaten,
        eaten_not_arrived = eaten_not_arrived - (1 - OLD.arrived) * OLD.eaten
      WHERE dietary = OLD.dietary;
    END;
    CREATE TRIGGER IF NOT EXISTS lunch_guest_recounted AFTER UPDATE ON lunch_guest BEGIN
      UPDATE dietary_total SET arrived = arrived - OLD.arrived, eaten_arrived = eaten_arrived - OLD.arrived * OLD.eaten,
        eaten_not_arrived = eaten_not_arrived - (1 - OLD.arrived) * OLD.eaten
      WHERE dietary = OLD.dietary;
      INSERT INTO dietary_total (dietary, arrived, eaten_arrived, eaten_not_arrived)
      VALUES (NEW.dietary, NEW.arrived, NEW.arrived * NEW.eaten, (1 - NEW.arrived) * NEW.eaten)
      ON CONFLICT (dietary) DO UPDATE SET arrived = arrived + excluded.arrived, eaten_arrived = eaten_arrived + excluded.eaten_arrived,
        eaten_not_arrived = eaten_not_arrived + excluded.eaten_not_arrived;
    END;

    -- What hangs, with its owner as the list has them (owner_id null: not on the list, or handed in without a code).
    CREATE TABLE IF NOT EXISTS cloak_uncollected (
      tag INTEGER NOT NULL,
      at TEXT NOT NULL,
      id TEXT NOT NULL,
      kiosk_name TEXT NOT NULL,
      registrant_id TEXT,
      owner_id TEXT,
      name TEXT,
      organisation TEXT,
      PRIMARY KEY (tag, at, id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS cloak_uncollected_registrant ON cloak_uncollected (registrant_id) WHERE registrant_id IS NOT NULL;

    -- A guest's dietary column and an owner's name as the list has them, whoever writes the list, also for
    -- a guest whose events came before their row.
    CREATE TRIGGER IF NOT EXISTS registrant_added_to_stations AFTER INSERT ON registrant BEGIN
      UPDATE lunch_guest SET dietary = COALESCE(NEW.dietary, '') WHERE registrant_id = NEW.id AND dietary != COALESCE(NEW.dietary, '');
      UPDATE cloak_uncollected SET owner_id = NEW.id, name = NEW.name, organisation = NEW.organisation WHERE registrant_id = NEW.id;
    END;
    CREATE TRIGGER IF NOT EXISTS registrant_changed_at_stations AFTER UPDATE OF name, organisation, dietary ON registrant BEGIN
      UPDATE lunch_guest SET dietary = COALESCE(NEW.dietary, '') WHERE registrant_id = NEW.id AND dietary != COALESCE(NEW.dietary, '');
      UPDATE cloak_uncollected SET owner_id = NEW.id, name = NEW.name, organisation = NEW.organisation WHERE registrant_id = NEW.id;
    END;
    CREATE TRIGGER IF NOT EXISTS registrant_removed_from_stations AFTER DELETE ON registrant BEGIN
      UPDATE lunch_guest SET dietary = '' WHERE registrant_id = OLD.id AND dietary != '';
      UPDATE cloak_uncollected SET owner_id = NULL, name = NULL, organisation = NULL WHERE registrant_id = OLD.id;
    END;

    DELETE FROM cloak_uncollected;
    INSERT INTO cloak_uncollected (tag, at, id, kiosk_name, registrant_id, owner_id, name, organisation)
      SELECT h.tag, h.at, h.id, h.kiosk_name, h.registrant_id, r.id, r.name, r.organisation
      FROM cloak_hand_in h LEFT JOIN registrant r ON r.id = h.registrant_id
      WHERE h.collected_id IS NULL;

    DELETE FROM lunch_guest;
    DELETE FROM dietary_total;
    INSERT INTO lunch_guest (registrant_id, dietary, arrived, eaten)
      SELECT g.id, COALESCE(r.dietary, ''),
        EXISTS (SELECT 1 FROM attendance a WHERE a.registrant_id = g.id),
        EXISTS (SELECT 1 FROM lunch_serving s WHERE s.registrant_id = g.id)
      FROM (SELECT registrant_id AS id FROM attendance UNION SELECT registrant_id FROM lunch_serving WHERE registrant_id IS NOT NULL) g
      LEFT JOIN registrant r ON r.id = g.id;
  `);
}
