/**
 * The kiosk side of sync: joining a hub with its pairing code, and sync
 * rounds with it. A kiosk that cannot reach the hub keeps working; its events
 * wait in its own log until the next round gets through.
 */
import { UserError, type StoredText } from '../../../shared/i18n.js';
import {
  MAX_EVENTS_PER_MESSAGE,
  ONLINE_WINDOW_MS,
  parsePairingCode,
  roundResponse,
  snapshot,
  type PairingCode,
  type RoundRequestMessage,
  type Snapshot,
  type VersionVector,
} from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { hubSync, insertHubSync, recordHubFailureSync, recordHubRoundSync, type HubRecord } from '../store/hub-store.js';
import { duplicateCountSync, eventCountSync, eventsAboveSync, versionVectorSync } from '../store/log-store.js';
import { listRevisionSync } from '../store/registrants-store.js';
import { completeDeletionSync } from '../privacy/purge.js';
import { applyEventDetailsSync } from './event-details.js';
import { applyEventsSync, applyRegistrantsSync } from './event-exchange.js';
import { PeerError, postToPeer, type PeerAddress } from './pinned-client.js';

function peerOf(core: Core, hub: HubRecord): PeerAddress {
  return { url: hub.url, fingerprint: hub.fingerprint, eventKey: core.requireEventSync().eventKey };
}

/** Says in Norwegian what went wrong talking to the hub, and what to do. */
function describeFailure(error: unknown): UserError {
  if (error instanceof UserError) return error;
  if (error instanceof PeerError) {
    if (error.failure === 'certificate') return new UserError('joinWrongCertificate');
    if (error.failure === 'unauthorized') return new UserError('joinWrongKey');
    if (error.failure === 'unreachable') return new UserError('hubUnreachable', {}, 'internal');
    return new UserError('hubRefused', { detail: error.message.slice(0, 200) }, 'internal');
  }
  return new UserError('hubRefused', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) }, 'internal');
}

/**
 * Joins the hub a pairing code names: downloads the event, its public key and
 * the registration list, so this kiosk can check people in offline.
 */
export async function joinSync(core: Core, code: string, kioskName?: string): Promise<{ eventName: string; registrants: number }> {
  const pairing = parsePairingCode(code);
  if (!pairing) throw new UserError('pairingCodeInvalid');
  // Before the download as well as in the transaction: a kiosk that has an event hears so at once.
  refuseSecondEventSync(core);
  const received = await fetchSnapshot(pairing);
  adoptSnapshotSync(core, pairing, received, kioskName);
  return { eventName: received.event.name, registrants: received.registrants.length };
}

/**
 * Joins a hub, then syncs once so the kiosk starts with the day's arrivals
 * too. The list is what matters: a first round that fails is recorded (the
 * screens show "offline") and left to the next one.
 */
export async function joinAndSync(core: Core, code: string, kioskName?: string): Promise<{ eventName: string; registrants: number }> {
  const joined = await joinSync(core, code, kioskName);
  await syncWithHub(core).catch(() => undefined);
  return joined;
}

function refuseSecondEventSync(core: Core): void {
  const existing = core.eventSync();
  if (existing) throw new UserError('eventExists', { name: existing.name });
}

/** The hub's snapshot of the event, for a kiosk joining it. */
export async function fetchSnapshot(pairing: PairingCode): Promise<Snapshot> {
  try {
    return snapshot.parse(await postToPeer(pairing, '/sync/snapshot', {}));
  } catch (error) {
    throw describeFailure(error);
  }
}

/** Stores a hub's snapshot as this kiosk's event, joined to that hub, in one transaction. */
export function adoptSnapshotSync(core: Core, pairing: PairingCode, received: Snapshot, kioskName?: string): void {
  core.transaction(() => {
    refuseSecondEventSync(core);
    core.adoptEventSync({ ...received.event, publicKey: Buffer.from(received.event.publicKey, 'base64'), eventKey: pairing.eventKey });
    applyRegistrantsSync(core, received.registrants, received.listRevision);
    applyEventDetailsSync(core, { ...received.event, settings: received.settings });
    insertHubSync(core, pairing.url, pairing.fingerprint);
    if (kioskName) core.updateSettingsSync({ kioskName });
  });
}

/** What one sync with the hub did. */
export interface SyncOutcome {
  readonly sent: number;
  readonly received: number;
}

/** A kiosk's half of a round: its vector, and its events above what the other side last said it held. */
export function roundRequestSync(core: Core, otherSide: VersionVector): { readonly request: RoundRequestMessage; readonly more: boolean } {
  const outgoing = eventsAboveSync(core, otherSide, MAX_EVENTS_PER_MESSAGE);
  const request: RoundRequestMessage = {
    eventId: core.requireEventSync().id,
    kioskId: core.kioskId,
    kioskName: core.settingsSync().kioskName,
    vector: versionVectorSync(core),
    listRevision: listRevisionSync(core),
    events: outgoing.events,
  };
  return { request, more: outgoing.more };
}

/**
 * Syncs with the hub until neither side lacks anything (rounds repeat while
 * a side has more than one message holds). Records success or failure.
 */
export async function syncWithHub(core: Core): Promise<SyncOutcome> {
  const hub = hubSync(core);
  if (!hub) throw new UserError('notJoined');
  const peer = peerOf(core, hub);
  let hubVector = hub.vector;
  let sent = 0;
  let received = 0;
  try {
    for (;;) {
      const { request, more } = roundRequestSync(core, hubVector);
      const response = roundResponse.parse(await postToPeer(peer, '/sync/round', request));
      core.transaction(() => {
        received += applyEventsSync(core, response.events);
        if (response.registrants.length > 0 || response.listRevision > request.listRevision) {
          applyRegistrantsSync(core, response.registrants, response.listRevision);
        }
        applyEventDetailsSync(core, response.event);
        recordHubRoundSync(core, response.vector, new Date().toISOString());
      });
      sent += request.events.length;
      hubVector = response.vector;
      if (!response.more && !more) {
        // A purge or a forget the round brought: the files are rewritten before the round counts as done.
        completeDeletionSync(core);
        return { sent, received };
      }
    }
  } catch (error) {
    const failure = describeFailure(error);
    recordHubFailureSync(core, failure.stored());
    throw failure;
  }
}

/** What `innsjekk status` and the screens show about sync. */
export interface SyncStatus {
  readonly kioskId: string;
  readonly kioskName: string;
  readonly hub: string | null;
  readonly online: boolean;
  readonly lastSyncAt: string | null;
  /** This kiosk's own events the hub does not have yet. */
  readonly pending: number;
  readonly events: number;
  readonly vector: VersionVector;
  readonly listRevision: number;
  readonly lastError: StoredText | null;
  /** People let in twice, as far as this kiosk knows. */
  readonly conflicts: number;
}

/** The kiosk's sync state. */
export function syncStatusSync(core: Core, now: number = Date.now()): SyncStatus {
  const hub = hubSync(core);
  const vector = versionVectorSync(core);
  const own = vector[core.kioskId] ?? 0;
  return {
    kioskId: core.kioskId,
    kioskName: core.settingsSync().kioskName,
    hub: hub?.url ?? null,
    online: hub !== null && hub.lastError === null && hub.lastSyncAt !== null && now - Date.parse(hub.lastSyncAt) < ONLINE_WINDOW_MS,
    lastSyncAt: hub?.lastSyncAt ?? null,
    pending: hub ? own - (hub.vector[core.kioskId] ?? 0) : 0,
    events: eventCountSync(core),
    vector,
    listRevision: listRevisionSync(core),
    lastError: hub?.lastError ?? null,
    conflicts: duplicateCountSync(core),
  };
}
