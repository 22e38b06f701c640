/**
 * The Electron IPC bridge, without Electron: a call must come from the kiosk
 * window's own page (app://innsjekk, its main frame), name an operation of the
 * contract, carry a request that meets its schema, and — for the organiser's
 * operations — hold an open organiser session. Main keeps that session per
 * window, so the page never holds the token.
 */
import { apiFailure, isOperation, type ApiFailure, type ApiHandlers, type CallContext, type Operation, type RequestOf } from '../shared/contract.js';
import { accessRefusal, failureOf, parseRequest, unknownOperation } from './api-access.js';
import { isAppUrl } from './app-origin.js';
import type { OrganiserSessions } from './core/organiser-access.js';
import type { IpcOutcome } from './ipc-channel.js';

/** What main knows about one call on the IPC channel. */
export interface IpcCall {
  /** The URL of the frame that sent it; undefined when that frame is gone. */
  readonly senderUrl: string | undefined;
  /** True when the sender is the kiosk window's main frame. */
  readonly fromMainFrame: boolean;
  readonly operation: unknown;
  readonly payload: unknown;
  /** Whether the sender holds an open organiser session; asked only for organiser operations. */
  readonly holdsOrganiserSession: () => boolean;
}

/** Which check refused a call. */
export type IpcRefusalReason = 'sender' | 'operation' | 'payload' | 'access';

/** A call that passed every check: the operation and its parsed request. */
export type CheckedCall = { readonly [O in Operation]: { readonly ok: true; readonly operation: O; readonly request: RequestOf<O> } }[Operation];

/** A refused call, and what to tell the page. */
export interface RefusedCall {
  readonly ok: false;
  readonly reason: IpcRefusalReason;
  readonly failure: ApiFailure;
}

/** Checks one IPC call: its sender, its operation, its request and the caller's access. */
export function guardIpcCall(call: IpcCall): CheckedCall | RefusedCall {
  // Only the kiosk page itself: not a subframe, not a page navigated elsewhere.
  if (!call.fromMainFrame || !isAppUrl(call.senderUrl)) return { ok: false, reason: 'sender', failure: apiFailure('unauthorized') };
  const { operation } = call;
  if (typeof operation !== 'string' || !isOperation(operation)) return { ok: false, reason: 'operation', failure: unknownOperation() };
  const parsed = parseRequest(operation, call.payload);
  if (!parsed.ok) return { ok: false, reason: 'payload', failure: parsed.failure };
  // The checked sender stands in for the event key, which the kiosk's own page never needs.
  const refusal = accessRefusal(operation, { holdsEventKey: () => true, holdsOrganiserSession: call.holdsOrganiserSession });
  if (refusal) return { ok: false, reason: 'access', failure: apiFailure(refusal) };
  return { ok: true, operation, request: parsed.request } as CheckedCall;
}

/** The sender of an IPC call, as main sees it. */
export interface IpcSender {
  /** The sending window's webContents id. */
  readonly id: number;
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
}

/** What the page receives as organiserUnlock's session: the token itself stays in main. */
export const SESSION_HELD_IN_MAIN = 'held-in-main';

/** Runs checked IPC calls on the API handlers, keeping each window's organiser session in main. */
export class IpcBridge {
  private readonly organiserSessions = new Map<number, string>();

  constructor(
    private readonly handlers: ApiHandlers,
    private readonly sessions: Pick<OrganiserSessions, 'touch' | 'lock'>,
  ) {}

  /** Answers one call; never throws, so the page always gets an outcome to show. */
  async call(sender: IpcSender, operation: unknown, payload: unknown): Promise<IpcOutcome> {
    const organiserSession = this.organiserSessions.get(sender.id);
    const checked = guardIpcCall({
      senderUrl: sender.url,
      fromMainFrame: sender.isMainFrame,
      operation,
      payload,
      holdsOrganiserSession: () => this.sessions.touch(organiserSession),
    });
    if (!checked.ok) return { ok: false, error: checked.failure };
    // Only the kiosk window's own page gets this far: it runs on this machine.
    const context: CallContext = { organiserSession, fromThisMachine: true };
    try {
      const handler = this.handlers[checked.operation] as (request: unknown, context: CallContext) => unknown;
      const value = await handler(checked.request, context);
      if (checked.operation === 'organiserUnlock') {
        this.forget(sender.id);
        this.organiserSessions.set(sender.id, (value as { session: string }).session);
        return { ok: true, value: { session: SESSION_HELD_IN_MAIN } };
      }
      // The handler closed the session in OrganiserSessions; forget it here too.
      if (checked.operation === 'organiserLock') this.organiserSessions.delete(sender.id);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: failureOf(error) };
    }
  }

  /** Closes and forgets a window's organiser session, when the window goes or leaves the app. */
  forget(senderId: number): void {
    this.sessions.lock(this.organiserSessions.get(senderId));
    this.organiserSessions.delete(senderId);
  }
}
