/**
 * The figures' shared inputs: generated registrants as CSV and XLSX, and data
 * directories under one temporary folder. Each input is built on first use,
 * so a run limited with --only builds only what it needs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Core } from '../electron/core/core.js';
import {
  fictitiousRegistrantsCsv,
  generateFictitiousRegistrants,
  type FictitiousRegistrant,
} from '../electron/core/fictitious-registrants.js';
import { importRegistrantsSync } from '../electron/core/import/import-registrants.js';

const XLSX_HEADER = ['Påmeldingsnummer', 'Fornavn', 'Etternavn', 'E-post', 'Organisasjon', 'Stilling', 'Status', 'Matbehov'];
const EVENT = { name: 'Lokaldemokratikonferansen', date: '2026-03-12', capacity: null } as const;

/** The generated list and what is made from it, for one bench run. */
export class BenchData {
  readonly registrants: number;
  private readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'innsjekk-bench-'));
  private dirs = 0;
  private cachedRows: FictitiousRegistrant[] | undefined;
  private cachedCsv: Uint8Array | undefined;
  private cachedXlsx: Uint8Array | undefined;
  private cachedCore: Core | undefined;
  private readonly keptCores = new Map<string, Core>();

  constructor(registrants: number) {
    this.registrants = registrants;
  }

  /** The generated registrations, the same ones every run. */
  rows(): readonly FictitiousRegistrant[] {
    this.cachedRows ??= generateFictitiousRegistrants(this.registrants);
    return this.cachedRows;
  }

  /** The registrations as a CSV export. */
  csv(): Uint8Array {
    this.cachedCsv ??= new TextEncoder().encode(fictitiousRegistrantsCsv(this.rows()));
    return this.cachedCsv;
  }

  /** The registrations as an XLSX export with Norwegian headers. */
  async xlsx(): Promise<Uint8Array> {
    if (!this.cachedXlsx) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Deltakere');
      sheet.addRow(XLSX_HEADER);
      for (const r of this.rows()) sheet.addRow([r.ref, r.firstName, r.lastName, r.email, r.organisation, r.role, r.status, r.dietary]);
      this.cachedXlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    }
    return this.cachedXlsx;
  }

  /** Runs `work` on a new data directory with an event and no registrants, then removes it. */
  withFreshCore<T>(work: (core: Core) => T): T {
    const dir = `core-${++this.dirs}`;
    const core = this.openWithEvent(dir);
    try {
      return work(core);
    } finally {
      core.closeSync();
      fs.rmSync(path.join(this.root, dir), { recursive: true, force: true });
    }
  }

  /** A data directory holding the whole list, kept for the run; scans leave their arrivals in it. */
  loadedCore(): Core {
    if (!this.cachedCore) {
      const core = this.openWithEvent('loaded');
      // As a running kiosk does: the log is checkpointed between scans, not inside one.
      core.checkpointInBackground();
      importRegistrantsSync(core, this.csv(), { fileName: 'deltakere.csv', dryRun: false });
      this.cachedCore = core;
    }
    return this.cachedCore;
  }

  /** A data directory holding the whole list and then what `fill` adds, made on first use and kept for the run. */
  keptCore(name: string, fill: (core: Core) => void): Core {
    let core = this.keptCores.get(name);
    if (!core) {
      core = this.openWithEvent(`kept-${name}`);
      importRegistrantsSync(core, this.csv(), { fileName: 'deltakere.csv', dryRun: false });
      fill(core);
      this.keptCores.set(name, core);
    }
    return core;
  }

  private openWithEvent(dir: string): Core {
    const core = Core.openSync(path.join(this.root, dir));
    core.createEventSync(EVENT);
    return core;
  }

  /** Closes the kept data directory and removes the temporary folder. */
  cleanup(): void {
    this.cachedCore?.closeSync();
    this.cachedCore = undefined;
    for (const core of this.keptCores.values()) core.closeSync();
    this.keptCores.clear();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
