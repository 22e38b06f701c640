/**
 * Leaving an event: the kiosk's copy of the event is wiped, once nothing
 * recorded here would be lost with it.
 */
import { UserError } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { syncStatusSync } from './sync-client.js';

/** Check-ins that leaving would lose: on a joined kiosk those the hub lacks; elsewhere every event, as no other kiosk holds them. */
export function eventsAtRiskSync(core: Core): number {
  const status = syncStatusSync(core);
  return status.hub ? status.pending : status.events;
}

/** Refuses to leave while events would be lost, unless `confirmLoss` names exactly how many. */
export function checkLeaveSync(core: Core, confirmLoss?: number): void {
  core.requireEventSync();
  const atRisk = eventsAtRiskSync(core);
  if (atRisk > 0 && confirmLoss !== atRisk) throw new UserError('leaveWouldLose', { count: atRisk });
}

/** Leaves the event and wipes the kiosk's copy of it, once checkLeaveSync allows it. */
export function leaveEventSync(core: Core, confirmLoss?: number): { readonly eventName: string } {
  const eventName = core.requireEventSync().name;
  checkLeaveSync(core, confirmLoss);
  core.wipeEventSync();
  return { eventName };
}
