/**
 * The serving side of sync: hands a joining kiosk the event, and answers
 * sync rounds. Any kiosk can serve; the organiser's is the hub.
 */
import { UserError } from '../../../shared/i18n.js';
import { JsonText, jsonWithMember } from '../../../shared/json-text.js';
import {
  formatPairingCode,
  MAX_EVENTS_PER_MESSAGE,
  roundRequest,
  type RoundRequest,
  type RoundResponseMessage,
  type Snapshot,
  type WireRegistrant,
} from '../../../shared/sync-protocol.js';
import type { Core } from '../core.js';
import { recordPeerSync } from '../store/hub-store.js';
import { eventCountSync, eventsAboveJsonSync, versionVectorSync } from '../store/log-store.js';
import { metaValueSync } from '../store/meta-store.js';
import { listRevisionSync, registrantsAboveSync } from '../store/registrants-store.js';
import { eventDetailsSync } from './event-details.js';
import { completeDeletionSync } from '../privacy/purge.js';
import { applyEventsSync } from './event-exchange.js';
import { CERT_KEY, certificateFingerprint } from './tls-identity.js';

/** The pairing code of this kiosk serving as hub at the given address. */
export function pairingCodeOf(core: Core, hubUrl: string): string {
  const cert = metaValueSync(core, CERT_KEY);
  if (!cert) throw new UserError('notServingHub');
  return formatPairingCode({ url: hubUrl, eventKey: core.requireEventSync().eventKey, fingerprint: certificateFingerprint(cert) });
}

/** The event for a joining kiosk: no private key. */
export function snapshotSync(core: Core): Snapshot {
  const event = core.requireEventSync();
  return {
    event: { id: event.id, name: event.name, date: event.date, capacity: event.capacity, publicKey: core.publicKeyDerSync().toString('base64') },
    registrants: registrantsAboveSync(core, 0) as WireRegistrant[],
    listRevision: listRevisionSync(core),
    settings: eventDetailsSync(core).settings,
  };
}

/**
 * Answers one sync round: takes the kiosk's events, returns what it lacks.
 * The answer is JSON already, its events written by SQLite.
 */
export function syncRoundSync(core: Core, body: unknown): JsonText<RoundResponseMessage> {
  const request = roundRequest.parse(body);
  const event = core.requireEventSync();
  if (request.eventId !== event.id) throw new UserError('syncOtherEvent');
  // One transaction for the round: the events and the peer's row share one commit, and so one fsync.
  const answer = core.transaction(() => answerRoundSync(core, request));
  // A person forgotten at that kiosk: the files here are rewritten too.
  completeDeletionSync(core);
  return answer;
}

function answerRoundSync(core: Core, request: RoundRequest): JsonText<RoundResponseMessage> {
  applyEventsSync(core, request.events);
  const { json, more } = eventsAboveJsonSync(core, request.vector, MAX_EVENTS_PER_MESSAGE);
  const listRevision = listRevisionSync(core);
  const response: Omit<RoundResponseMessage, 'events'> = {
    vector: versionVectorSync(core),
    registrants: request.listRevision < listRevision ? registrantsAboveSync(core, request.listRevision) : [],
    listRevision,
    event: eventDetailsSync(core),
    more,
  };
  recordPeerSync(core, {
    kioskId: request.kioskId,
    kioskName: request.kioskName,
    lastSeenAt: new Date().toISOString(),
    listRevision,
    events: eventCountSync(core),
  });
  return jsonWithMember<RoundResponseMessage, 'events'>(response, 'events', json);
}
