/**
 * A reference for the join: PouchDB replicating the same registrants, as
 * documents served over HTTP on 127.0.0.1 (express-pouchdb, the CouchDB
 * protocol), into a fresh local database — how a CouchDB-style app brings a
 * new device up to date.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireRegistrant } from '../../shared/sync-protocol.js';
import { registrantsAboveSync } from '../../electron/core/store/registrants-store.js';
import type { BenchData } from '../bench-data.js';
import type { Figure, Measurement } from '../figure.js';
import { formatMs } from '../report.js';
import { summarise } from '../stats.js';
import { repeatWithinBudget, withJoinableHub } from './sync.js';

const RUNS = 3;
/** Documents per bulk write while filling the served database (not timed). */
const LOAD_BATCH = 1000;

type RegistrantDoc = Omit<WireRegistrant, 'id'>;

/** The PouchDB reference figure; informative, set against our join. */
export function pouchdbReferenceFigures(data: BenchData): Figure[] {
  const rows = data.registrants.toLocaleString('en-US');
  return [
    {
      name: `PouchDB replication of the same ${rows} registrants between two databases over HTTP on loopback`,
      run: () => replications(data),
    },
  ];
}

/** Our join and PouchDB's replication in turn, so that both meet the same load on the machine. */
async function replications(data: BenchData): Promise<Measurement> {
  // Loaded here rather than at start-up: no other figure needs them.
  const [{ default: PouchDB }, { default: memoryAdapter }, { default: httpAdapter }, { default: replication }, { default: expressPouchDB }] =
    await Promise.all([import('pouchdb-core'), import('pouchdb-adapter-memory'), import('pouchdb-adapter-http'), import('pouchdb-replication'), import('express-pouchdb')]);
  PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);
  const InMemory = PouchDB.defaults({ adapter: 'memory' });
  const docs = registrantsAboveSync(data.loadedCore(), 0).map(({ id, ...fields }) => ({ _id: id, ...fields }));
  const served = new InMemory<RegistrantDoc>('registrants');
  const server = http.createServer(expressPouchDB(InMemory, { mode: 'minimumForPouchDB' }));
  try {
    for (let i = 0; i < docs.length; i += LOAD_BATCH) await served.bulkDocs(docs.slice(i, i + LOAD_BATCH));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const remote = new PouchDB<RegistrantDoc>(`http://127.0.0.1:${(server.address() as AddressInfo).port}/registrants`);
    let replicas = 0;
    const replicate = async (): Promise<number> => {
      const local = new InMemory<RegistrantDoc>(`replica-${++replicas}`);
      try {
        const start = performance.now();
        const result = await PouchDB.replicate(remote, local);
        const ms = performance.now() - start;
        if (!result.ok || result.docs_written !== docs.length) throw new Error(`PouchDB wrote ${result.docs_written} of ${docs.length} documents`);
        return ms;
      } finally {
        await local.destroy();
      }
    };
    const { results, note } = await withJoinableHub(data, async (join) => {
      await join();
      return repeatWithinBudget(RUNS, async () => ({ join: await join(), pouch: await replicate() }));
    });
    const medianOf = (pick: (run: { join: number; pouch: number }) => number): number => summarise(results.map(pick)).median;
    const [join, pouch] = [medianOf((r) => r.join), medianOf((r) => r.pouch)];
    return {
      samples: results.map((r) => r.pouch),
      note: [
        `our join ${formatMs(join)} vs PouchDB ${formatMs(pouch)}, taken in turn: PouchDB takes ${(pouch / join).toFixed(1)}× as long`,
        'one-shot replicate, default batches of 100, in-memory databases both sides (our join writes SQLite on disk)',
        note,
      ]
        .filter(Boolean)
        .join('; '),
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await served.destroy();
  }
}
