/**
 * The sync commands: pairing and joining, a sync round, status, conflicts,
 * the USB-stick file, and leaving the event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/i18n.js';
import { syncFile, type SyncFileContent } from '../../shared/sync-protocol.js';
import type { Core } from '../core/core.js';
import { DATABASE_FILES } from '../core/database.js';
import { writePrivateFileSync } from '../core/private-files.js';
import { conflictsSync } from '../core/sync/conflicts.js';
import { applyEventsSync, applyRegistrantsSync, eventsAboveSync, listRevisionSync, registrantsAboveSync } from '../core/sync/event-exchange.js';
import { joinSync, syncStatusSync, syncWithHub } from '../core/sync/sync-client.js';
import { HUB_ADDRESS_KEY, pairingCodeOf } from '../core/sync/sync-service.js';
import { tlsIdentity } from '../core/sync/tls-identity.js';
import { info, onePositional, parse, print, UsageError, withCore, type Command } from './cli-support.js';

/** Every event a file can carry; a sync file holds them all. */
const ALL_EVENTS = Number.MAX_SAFE_INTEGER;

export const pairCommand: Command = async (args) => {
  const inv = parse(args, { url: { type: 'string' } });
  const explicit = inv.values.url as string | undefined;
  if (explicit !== undefined && !/^https:\/\/[^/\s]+$/.test(explicit)) throw new UsageError('--url må være en https-adresse uten sti, for eksempel https://10.0.0.5:4681.');
  const code = await withCoreAsync(inv.dataDir, async (core) => {
    core.requireEventSync();
    await tlsIdentity(core);
    const url = explicit ?? core.metaSync(HUB_ADDRESS_KEY);
    if (!url) throw new UserError('notServingHub');
    return pairingCodeOf(core, url);
  });
  if (inv.json) print(inv, { code }, code);
  else process.stdout.write(`${await (await import('qrcode')).default.toString(code, { type: 'terminal', small: true, errorCorrectionLevel: 'M' })}\n${code}\n`);
};

export const joinCommand: Command = async (args) => {
  const inv = parse(args, { kiosk: { type: 'string' } });
  const code = onePositional(inv, 'paringskode');
  const joined = await withCoreAsync(inv.dataDir, async (core) => {
    const result = await joinSync(core, code, inv.values.kiosk as string | undefined);
    // The list is here; the events can follow with the next round if this one fails.
    await syncWithHub(core).catch(() => undefined);
    return result;
  });
  print(inv, joined, `Koblet til «${joined.eventName}» med ${joined.registrants} påmeldte. Start kiosken med «innsjekk serve».`);
};

export const syncCommand: Command = async (args) => {
  const inv = parse(args, { once: { type: 'boolean', default: false } });
  if (inv.values.once !== true) throw new UsageError('Bruk «innsjekk sync --once» for én runde nå; «innsjekk serve» synkroniserer i bakgrunnen.');
  const outcome = await withCoreAsync(inv.dataDir, (core) => syncWithHub(core));
  print(inv, outcome, `Synkronisert: sendte ${outcome.sent}, mottok ${outcome.received} hendelser.`);
};

export const statusCommand: Command = (args) => {
  const inv = parse(args, {});
  const status = withCore(inv, (core) => syncStatusSync(core));
  const lines = [
    `Kiosk: ${status.kioskName} (${status.kioskId})`,
    status.hub ? `Arrangørkiosk: ${status.hub} – ${status.online ? 'tilkoblet' : 'frakoblet'}` : 'Arrangørkiosk: ingen (denne kiosken er ikke koblet til noen)',
    `Sist synkronisert: ${status.lastSyncAt ?? 'aldri'}`,
    `Venter på å bli sendt: ${status.pending}`,
    `Hendelser: ${status.events}, listeversjon: ${status.listRevision}`,
  ];
  print(inv, status, lines.join('\n'));
};

export const conflictsCommand: Command = (args) => {
  const inv = parse(args, {});
  const conflicts = withCore(inv, (core) => conflictsSync(core));
  const human =
    conflicts.length === 0
      ? 'Ingen er sluppet inn to ganger.'
      : conflicts.map((c) => `${c.registrant.name}: ${c.scans.map((s) => `${s.at} ved ${s.kiosk}`).join(', ')}`).join('\n');
  print(inv, conflicts, human);
};

export const syncExportCommand: Command = (args) => {
  const inv = parse(args, {});
  const file = onePositional(inv, 'fil');
  const content = withCore(inv, (core): SyncFileContent => ({
    format: 'innsjekk-sync-2',
    eventId: core.requireEventSync().id,
    kioskId: core.kioskId,
    exportedAt: new Date().toISOString(),
    events: eventsAboveSync(core, {}, ALL_EVENTS).events,
    registrants: registrantsAboveSync(core, 0),
    listRevision: listRevisionSync(core),
  }));
  // Write beside and rename, so a stick pulled out half-way never holds half a file.
  const partial = `${file}.partial`;
  writePrivateFileSync(partial, JSON.stringify(content));
  fs.renameSync(partial, file);
  print(inv, { events: content.events.length, file: path.resolve(file) }, `Skrev ${content.events.length} hendelser til ${file}`);
};

export const syncImportCommand: Command = (args) => {
  const inv = parse(args, {});
  const file = onePositional(inv, 'fil');
  let parsed;
  try {
    parsed = syncFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw new UserError('syncFileUnreadable', { file });
  }
  if (!parsed.success) throw new UserError('syncFileUnreadable', { file });
  const content = parsed.data;
  const received = withCore(inv, (core) =>
    core.db.transaction(() => {
      if (content.eventId !== core.requireEventSync().id) throw new UserError('syncOtherEvent');
      const applied = applyEventsSync(core, content.events);
      // Only a newer list replaces what this kiosk holds; the hub's own list is never rolled back.
      if (content.listRevision > listRevisionSync(core) && !core.requireEventSync().privateKey) {
        applyRegistrantsSync(core, content.registrants, content.listRevision);
      }
      return applied;
    })(),
  );
  print(inv, { received }, `Tok inn ${received} nye hendelser fra ${file}`);
};

export const leaveCommand: Command = (args) => {
  const inv = parse(args, { 'confirm-loss': { type: 'string' } });
  const { atRisk, eventName } = withCore(inv, (core) => {
    const status = syncStatusSync(core);
    return { atRisk: status.hub ? status.pending : status.events, eventName: core.requireEventSync().name };
  });
  const confirmed = inv.values['confirm-loss'];
  if (atRisk > 0 && confirmed !== String(atRisk)) throw new UserError('leaveWouldLose', { count: atRisk });
  for (const name of DATABASE_FILES) fs.rmSync(path.join(inv.dataDir, name), { force: true });
  info(`Kiosken har forlatt «${eventName}».`);
};

async function withCoreAsync<T>(dataDir: string, work: (core: Core) => Promise<T>): Promise<T> {
  const { Core } = await import('../core/core.js');
  const core = Core.openSync(dataDir);
  try {
    return await work(core);
  } finally {
    core.closeSync();
  }
}
