/**
 * The sync commands: pairing and joining, a sync round, status, conflicts,
 * the USB-stick file, and leaving the event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/i18n.js';
import type { Core } from '../core/core.js';
import { recordWrittenFileSync } from '../core/privacy/privacy-state.js';
import { privacyStatusSync } from '../core/privacy/privacy-status.js';
import { writePrivateFileSync } from '../core/private-files.js';
import { metaValueSync } from '../core/store/meta-store.js';
import { conflictsSync } from '../core/sync/conflicts.js';
import { hubIdentity, servedHubAddressSync } from '../core/sync/hub-role.js';
import { leaveEventSync } from '../core/sync/leave-event.js';
import { joinAndSync, syncStatusSync, syncWithHub } from '../core/sync/sync-client.js';
import { importSyncFileSync, syncFileContentSync } from '../core/sync/sync-file.js';
import { pairingCodeOf } from '../core/sync/sync-service.js';
import { kioskAddress, KIOSK_URL_KEY } from '../kiosk-server.js';
import { info, momentText, onePositional, parse, print, UsageError, withCore, type Command } from './cli-support.js';

export const pairCommand: Command = async (args) => {
  const inv = parse(args, { url: { type: 'string' } });
  const explicit = inv.values.url as string | undefined;
  if (explicit !== undefined && !/^https:\/\/[^/\s]+$/.test(explicit)) throw new UsageError('--url må være en https-adresse uten sti, for eksempel https://10.0.0.5:4681.');
  const code = await withCoreAsync(inv.dataDir, async (core) => {
    core.requireEventSync();
    await hubIdentity(core);
    const url = explicit ?? servedHubAddressSync(core);
    if (!url) throw new UserError('notServingHub');
    return pairingCodeOf(core, url);
  });
  if (inv.json) print(inv, { code }, code);
  else process.stdout.write(`${await (await import('qrcode')).default.toString(code, { type: 'terminal', small: true, errorCorrectionLevel: 'M' })}\n${code}\n`);
};

export const joinCommand: Command = async (args) => {
  const inv = parse(args, { kiosk: { type: 'string' } });
  const code = onePositional(inv, 'tilkoblingskode');
  const joined = await withCoreAsync(inv.dataDir, (core) => joinAndSync(core, code, inv.values.kiosk as string | undefined));
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
  const { status, kioskUrl, privacy } = withCore(inv, (core) => {
    const served = metaValueSync(core, KIOSK_URL_KEY);
    return { status: syncStatusSync(core), kioskUrl: served ? kioskAddress(served, core) : null, privacy: privacyStatusSync(core) };
  });
  const lines = [
    `Kiosk: ${status.kioskName} (${status.kioskId})`,
    kioskUrl ? `Adresse (hemmelig, den inneholder arrangementsnøkkelen): ${kioskUrl}` : 'Adresse: kiosken er ikke startet med «innsjekk serve» ennå',
    status.hub ? `Arrangørkiosk: ${status.hub} – ${status.online ? 'tilkoblet' : 'frakoblet'}` : 'Arrangørkiosk: ingen (denne kiosken er ikke koblet til noen)',
    `Sist synkronisert: ${status.lastSyncAt ? momentText(status.lastSyncAt) : 'aldri'}`,
    `Venter på å bli sendt: ${status.pending}`,
    `Hendelser: ${status.events}, listeversjon: ${status.listRevision}`,
    privacy.purged ? `Persondata: slettet ${momentText(privacy.purged.at)}` : `Persondata: ${privacy.people} personer, slettes ${privacy.retainUntil ?? '–'}`,
  ];
  print(inv, { ...status, kioskUrl, purged: privacy.purged, retainUntil: privacy.retainUntil }, lines.join('\n'));
};

export const conflictsCommand: Command = (args) => {
  const inv = parse(args, {});
  const conflicts = withCore(inv, (core) => conflictsSync(core));
  const human =
    conflicts.length === 0
      ? 'Ingen er sluppet inn to ganger.'
      : conflicts.map((c) => `${c.registrant.name}: ${c.scans.map((s) => `${momentText(s.at)} ved ${s.kiosk}`).join(', ')}`).join('\n');
  print(inv, conflicts, human);
};

export const syncExportCommand: Command = (args) => {
  const inv = parse(args, {});
  const file = onePositional(inv, 'fil');
  const content = withCore(inv, (core) => {
    recordWrittenFileSync(core, { path: path.resolve(file), kind: 'sync-file', fromScreens: false });
    return syncFileContentSync(core);
  });
  // Write beside and rename, so a stick pulled out half-way never holds half a file.
  const partial = `${file}.partial`;
  writePrivateFileSync(partial, JSON.stringify(content));
  fs.renameSync(partial, file);
  print(inv, { events: content.events.length, file: path.resolve(file) }, `Skrev ${content.events.length} hendelser til ${file}`);
};

export const syncImportCommand: Command = (args) => {
  const inv = parse(args, {});
  const file = onePositional(inv, 'fil');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UserError('syncFileUnreadable', { file });
  }
  const received = withCore(inv, (core) => importSyncFileSync(core, text, file));
  print(inv, { received }, `Tok inn ${received} nye hendelser fra ${file}`);
};

export const leaveCommand: Command = (args) => {
  const inv = parse(args, { 'confirm-loss': { type: 'string' } });
  const confirmed = inv.values['confirm-loss'] as string | undefined;
  if (confirmed !== undefined && !/^\d+$/.test(confirmed)) throw new UsageError('--confirm-loss tar antallet innsjekkinger som går tapt, for eksempel --confirm-loss 3.');
  const { eventName } = withCore(inv, (core) => leaveEventSync(core, confirmed === undefined ? undefined : Number(confirmed)));
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
