/**
 * The API contract: every operation the kiosk screen, the command line and
 * other kiosks call, as zod schemas for requests and responses.
 *
 * The HTTP server (and later the Electron IPC bridge) validate every request
 * against these schemas before a handler sees it.
 */
import { z } from 'zod';
import { EVENT_SETTING_KEYS, MAIL_KINDS, NEW_PIN_PATTERN, PIN_PATTERN, REGISTRANT_FIELDS, REGISTRANT_STATUSES, VERDICTS } from './domain.js';
import { text, type MessageKey, type TextParams } from './i18n.js';
import { STATIONS } from './stations.js';
import { CLOAK_VERDICTS } from './cloakroom.js';
import { LUNCH_VERDICTS } from './lunch.js';
import type { OperationName } from './operations.js';
import { personData, privacyStatus, purgeOutcome, registrantIdRequest } from './privacy-contract.js';
import { REPORT_FORMATS } from './report/report-model.js';
import { REPORT_TABLE_NAMES } from './report/report-tables.js';

const status = z.enum(REGISTRANT_STATUSES);
const shortText = z.string().max(200);
const isoTime = z.string();
/** A text kept for later in both languages (shared/i18n.ts StoredText). */
export const storedText = z.object({ message: z.string(), messageEn: z.string() });

const registrantSummary = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string().nullable(),
  status,
});

const arrivalAt = z.object({ at: isoTime, kiosk: z.string() });
const headCount = z.number().int();

/**
 * The door on a full day: how many are inside (arrived and not gone out)
 * against the room's capacity (null: no limit), and when the waitlist's
 * places are released (null: no release time set and none by hand). From
 * then on the free places are capacity − inside.
 */
const doorState = z.object({
  inside: headCount,
  capacity: headCount.nullable(),
  waitlistReleaseAt: isoTime.nullable(),
});

/** A waitlisted registrant waiting at the door since their first scan; the queue is in that order. */
const waitingAtDoor = z.object({ registrantId: z.string(), since: isoTime });

export const scanResult = z.object({
  verdict: z.enum(VERDICTS),
  registrant: registrantSummary.nullable(),
  at: isoTime,
  kiosk: z.string(),
  firstArrival: arrivalAt.optional(),
  /** The registrant's note for the security check: the screen shows it until the volunteer acknowledges it. */
  note: z.string().optional(),
  /** `waitlisted`: their place in the queue at the door (1: next) and since when they wait. */
  queue: z.object({ position: headCount, since: isoTime }).optional(),
  /** Let in past the limit or before the waitlist's release, with the organiser PIN. */
  forced: z.boolean().optional(),
  /** The door after this scan, where the core answered (the screen's own copy keeps its own). */
  door: doorState.optional(),
});

/** When and where a registrant arrived, which kiosk (by id) admitted them, and whether they are inside now (false: gone out since). */
const doorArrival = z.object({ at: isoTime, kioskId: z.string(), kioskName: z.string(), inside: z.boolean() });

/** A registrant as the door screen holds them: their codes besides the token, the search text, and the note for the security check. */
const doorRegistrant = registrantSummary.extend({ ref: z.string().nullable(), barcode: z.string().nullable(), searchText: z.string(), note: z.string().nullable() });

/**
 * What the door screen needs to decide a verdict itself: the event, the
 * registrants (their codes besides the token, and the search text, which
 * holds the folded email), who has arrived, and where to ask for changes from.
 */
const doorList = z.object({
  eventId: z.string(),
  /** The event's Ed25519 public key, the raw 32 bytes in base64, for WebCrypto. */
  publicKey: z.string(),
  kioskId: z.string(),
  kioskName: z.string(),
  listRevision: z.number().int(),
  /** Where the log stood when the list was read: doorChanges takes it from there. */
  cursor: z.number().int(),
  /** Sorted as the search needs them: by name, then id. */
  registrants: z.array(doorRegistrant),
  arrivals: z.array(doorArrival.extend({ registrantId: z.string() })),
  door: doorState,
  /** The queue at the door, next first. */
  waiting: z.array(waitingAtDoor),
});

/**
 * What changed since a cursor: arrivals (null: no longer arrived, after an
 * undo), the registrants added or changed in the log (walk-ins, notes: the
 * list's revision stays), the door and its whole queue, and the list's
 * revision (another one: read doorList again).
 */
const doorChanges = z.object({
  listRevision: z.number().int(),
  cursor: z.number().int(),
  arrivals: z.array(z.object({ registrantId: z.string(), arrival: doorArrival.nullable() })),
  registrants: z.array(doorRegistrant),
  door: doorState,
  waiting: z.array(waitingAtDoor),
});

/** No email: the screen at the door shows what the queue may see. */
const searchHit = registrantSummary.extend({ arrivedAt: isoTime.nullable() });

const count = z.number().int();
/** A registrant as the stations show them. */
const owner = z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() });

const tagRange = z.object({ first: count, last: count });
/** A hand-in as the cloakroom shows it; no owner: handed in without a code. */
const tagView = z.object({ tag: count, owner: owner.nullable(), at: isoTime, kiosk: z.string(), collectedAt: isoTime.nullable() });

/** What the lunch counter's screen holds to give a verdict at once: the dietary needs of those who have any, and who has eaten when and where. */
const lunchList = z.object({
  dietary: z.array(z.object({ registrantId: z.string(), needs: z.array(z.string()) })),
  servings: z.array(z.object({ registrantId: z.string(), at: isoTime, kiosk: z.string() })),
});
export type LunchList = z.infer<typeof lunchList>;

/** What the cloakroom tells the volunteer after a hand-in or a collection. */
const cloakResult = z.object({
  verdict: z.enum(CLOAK_VERDICTS),
  /** The tag number read; null when the input held none. */
  tag: z.number().int().nullable(),
  /** The guest handing in, or the owner of what was collected. */
  owner: owner.nullable(),
  at: isoTime,
  kiosk: z.string(),
  /** What the verdict is about: what hangs under a tag in use; what was collected, then what else hangs under its tag. */
  handIns: z.array(tagView),
  /** The tags the cloakroom has, for the message of a number outside them. */
  range: tagRange,
});

/** A guest and the tags they have hanging. */
const guestTags = z.object({ owner, tags: z.array(tagView) });

/** What the lunch counter tells the volunteer. */
const lunchResult = z.object({
  verdict: z.enum(LUNCH_VERDICTS),
  /** Null: served without a code, or a code that names nobody. */
  registrant: owner.nullable(),
  at: isoTime,
  kiosk: z.string(),
  /** The guest's dietary needs from the registration list. */
  dietary: z.array(z.string()),
  /** False: never checked in at the entrance; null without a guest. */
  checkedIn: z.boolean().nullable(),
  /** Served after the warning of an earlier lunch. */
  again: z.boolean(),
  /** The guest's earlier lunches, oldest first. */
  earlier: z.array(z.object({ at: isoTime, kiosk: z.string() })),
});

/** A tag typed or scanned, as the volunteer gave it: the core reads and checks it. */
const tagInput = z.string().max(40);

/**
 * The door's head counts. `registered`: on the list and not cancelled
 * (walk-ins too); `confirmed` (= `expected`); `arrived`: ever let in;
 * `inside`: arrived and not gone out; `exits`, `reentries`; `walkIns`;
 * `waitlistAdmitted`: let in from the queue; `waitingAtDoor`; `forced`:
 * admissions with the organiser PIN; `overCapacity`: inside beyond the
 * capacity (0 when within it or without one).
 */
const counts = z.object({
  total: count,
  expected: count,
  arrived: count,
  waitlisted: count,
  cancelled: count,
  registered: count,
  confirmed: count,
  inside: count,
  capacity: count.nullable(),
  exits: count,
  reentries: count,
  walkIns: count,
  waitlistAdmitted: count,
  waitingAtDoor: count,
  forced: count,
  overCapacity: count,
});

/** The organiser PIN given at the door to let someone in past the rules, with who gives it and why: the core checks the PIN. */
const override = z.object({ pin: z.string().max(40), by: z.string().max(100), reason: z.string().max(500) });

/** The queue at the door: whether the waitlist is released, the free places then (null: no limit), next first. */
const waitlistQueue = z.object({
  released: z.boolean(),
  freePlaces: count.nullable(),
  door: doorState,
  queue: z.array(z.object({ position: count, registrant: owner, since: isoTime })),
});

/** A walk-in registered and let in: the result as of a scan, and their code (the kiosk's reference) with its QR as SVG. */
const walkInResult = z.object({ result: scanResult, code: z.string(), svg: z.string() });

/** The cloakroom's and the lunch counter's counts: asked for by their screens alone, as they cost more than the door's. */
const stationCounts = z.object({
  cloak: z.object({
    handedIn: count,
    collected: count,
    hanging: count,
    /** What hangs, with its owner and whether they have left (arrived, and gone out by an exit scan since); null: no owner on the list. */
    uncollected: z.array(z.object({ tag: count, registrant: owner.nullable(), at: isoTime, kiosk: z.string(), ownerLeft: z.boolean().nullable() })),
    flagged: z.array(count),
    /** The tags the cloakroom has: the screen checks a number typed against them at once. */
    range: tagRange,
    /** When the event ends (its date and `ends`, Oslo time): from then, the screen lists what was not collected. */
    closesAt: isoTime,
  }),
  lunch: z.object({
    served: count,
    anonymous: count,
    secondServings: count,
    expected: count,
    leftToServe: count,
    notCheckedIn: count,
    dietary: z.array(z.object({ need: z.string(), expected: count, served: count })),
  }),
});

const eventInfo = z.object({
  id: z.string(),
  name: z.string(),
  date: z.string(),
  capacity: z.number().int().nullable(),
  kioskId: z.string(),
  kioskName: z.string(),
  canSignCodes: z.boolean(),
});

const mapping = z.partialRecord(z.enum(REGISTRANT_FIELDS), shortText);

const importRequest = z.object({
  fileName: shortText,
  /** The file's bytes, base64. */
  content: z.string().max(40_000_000),
  mapping: mapping.optional(),
  /** How many cancellations the organiser confirmed; an import that needs confirmation and cancels more is refused. */
  allowCancel: z.number().int().min(0).optional(),
});

export const importSummary = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  cancelled: z.number().int(),
  /** Those cancelled who have arrived: their arrival stays in every count and report. */
  cancelledArrived: z.number().int(),
  /** True when the cancellations need the organiser's confirmation by their number (shared/import-review.ts). */
  confirmCancel: z.boolean(),
  /** What the organiser should look at before importing (shared/import-review.ts). */
  flags: z.object({
    sharedEmails: z.array(z.object({ email: z.string(), names: z.array(z.string()).readonly() }).readonly()).readonly(),
    invalidEmails: z.array(z.object({ row: z.number().int(), name: z.string(), email: z.string() }).readonly()).readonly(),
    overCapacity: z.object({ confirmed: z.number().int(), capacity: z.number().int() }).readonly().nullable(),
  }),
  rejected: z.array(z.object({ row: z.number().int(), reason: storedText })),
  columns: z.array(z.string()),
  mapping,
  preview: z.array(z.record(z.string(), z.string())),
  listRevision: z.number().int(),
});

const reportRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  organisation: z.string().nullable(),
  status,
  arrivedAt: isoTime.nullable(),
  kiosk: z.string().nullable(),
});

const arrivalQuarter = z.object({ start: isoTime, arrivals: z.number().int(), cumulative: z.number().int() });

/** The organiser's live overview (shared/report/overview-model.ts); null: not recorded yet. */
const liveOverview = z.object({
  at: isoTime,
  capacity: z.number().int().nullable(),
  confirmedOrWaitlisted: z.number().int(),
  confirmed: z.number().int(),
  arrived: z.number().int(),
  notYetArrived: z.number().int(),
  inside: z.number().int(),
  exits: z.number().int(),
  arrivals: z.array(arrivalQuarter).readonly(),
  lastQuarterArrivals: z.number().int(),
  expectedBeforeStart: z.number().int().nullable(),
  startsAt: isoTime,
  kiosks: z.array(
    z.object({
      kioskId: z.string(),
      kiosk: z.string(),
      station: z.string(),
      scans: z.number().int(),
      lastScanAt: isoTime.nullable(),
      sync: z.enum(['this', 'online', 'offline', 'unknown']),
      lastSeenAt: isoTime.nullable(),
    }),
  ).readonly(),
  admittedTwice: z.number().int(),
  waitingAtDoor: z.number().int(),
  waitlistAdmissions: z.number().int(),
  walkIns: z.number().int(),
  forcedAdmissions: z.number().int(),
  cloakroomHanging: z.number().int(),
  flaggedTags: z.number().int(),
  lunchServed: z.object({ served: z.number().int(), expected: z.number().int() }),
});

const settings = z.object({
  kioskName: z.string().min(1).max(60),
  language: z.enum(['nb', 'en']),
});

const none = z.object({}).strict();

const syncStatus = z.object({
  kioskId: z.string(),
  kioskName: z.string(),
  /** The hub's address; null on the hub itself and on a kiosk that joined none. */
  hub: z.string().nullable(),
  online: z.boolean(),
  lastSyncAt: isoTime.nullable(),
  /** This kiosk's own events the hub does not have yet. */
  pending: z.number().int(),
  events: z.number().int(),
  vector: z.record(z.string(), z.number().int()),
  listRevision: z.number().int(),
  /** Why the latest round with the hub failed; null when it went through. */
  lastError: storedText.nullable(),
  /** People let in twice, as far as this kiosk knows. */
  conflicts: z.number().int(),
});

const followStatus = z.object({
  /** The list's address, without credentials; null when no list was ever fetched from one. */
  url: z.string().nullable(),
  lastCheckedAt: isoTime.nullable(),
  lastChangedAt: isoTime.nullable(),
  /** Why the latest check failed; the last good list stays in force. Null when it succeeded. */
  lastError: storedText.nullable(),
  lastErrorAt: isoTime.nullable(),
  listRevision: z.number().int(),
});

const eventSettingKey = z.enum(EVENT_SETTING_KEYS);
/** Every event setting, defaults filled in. */
const eventSettings = z.record(eventSettingKey, z.string());
/** Some settings to change, or a draft to preview; the core checks each value. */
const eventSettingChanges = z.partialRecord(eventSettingKey, z.string().max(4000));

const mailStatus = z.object({
  queued: z.number().int(),
  sent: z.number().int(),
  failed: z.array(z.object({ id: z.string(), reason: storedText })),
  /** True while a run started from the screens is sending. */
  running: z.boolean(),
  /** Why the latest run from the screens stopped early, and what to do; null when it did not. */
  stopped: storedText.nullable(),
});

const registrantRow = registrantSummary.extend({
  ref: z.string().nullable(),
  email: z.string().nullable(),
  arrivedAt: isoTime.nullable(),
  /** The note for the security check in force (the organiser's over the list's), for the organiser's note editor to start from. */
  note: z.string().nullable(),
});

const kioskStatus = z.object({
  /** False until an event is set up: the kiosk then offers the demo, an import or joining. */
  configured: z.boolean(),
  eventName: z.string().nullable(),
  kioskName: z.string(),
  language: z.enum(['nb', 'en']),
  pinSet: z.boolean(),
});

/** The station a kiosk works. */
const kioskStation = z.object({ station: z.enum(STATIONS) });

/** An event's name, date (YYYY-MM-DD) and capacity (null: no limit); the core checks each. */
const newEvent = z.object({
  name: shortText,
  date: z.string().max(10),
  capacity: z.number().int().nullable(),
});

const pairingCodeResponse = z.object({ code: z.string(), svg: z.string(), url: z.string() });

/** A PIN to open with: 4 to 12 digits. */
const pin = z.string().regex(PIN_PATTERN);
/** A PIN to set: 6 to 12 digits. */
const newPin = z.string().regex(NEW_PIN_PATTERN);

/**
 * Who may call an operation: `setup` before an event exists (no key can exist
 * yet), `kiosk` with the event key, `organiser` with the key and an unlocked
 * organiser session (the PIN).
 */
export type Access = 'setup' | 'kiosk' | 'organiser';

/** Every operation (exactly those OPERATIONS names, checked at compile time): who may call it, and its request and response schemas. */
export const contract = {
  status: { access: 'setup', request: none, response: kioskStatus },
  setupDemo: { access: 'setup', request: none, response: z.object({ eventKey: z.string() }) },
  /** Creates a real event, and its organiser PIN, on a kiosk that has none; the screens then import its registrants. */
  setupEvent: { access: 'setup', request: newEvent.extend({ pin: newPin }), response: z.object({ eventKey: z.string() }) },
  eventInfo: { access: 'kiosk', request: none, response: eventInfo },
  counts: { access: 'kiosk', request: none, response: counts },
  stationCounts: { access: 'kiosk', request: none, response: stationCounts },
  scan: {
    access: 'kiosk',
    request: z.object({ code: z.string().max(20_000), station: shortText.optional() }),
    response: scanResult,
  },
  checkInById: {
    access: 'kiosk',
    request: z.object({ registrantId: z.string().max(20), station: shortText.optional() }),
    response: scanResult,
  },
  search: {
    access: 'kiosk',
    request: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).optional() }),
    response: z.array(searchHit),
  },
  /** The door screen's copy of the list, kept in memory only, so it can show a verdict without waiting for the core. */
  doorList: { access: 'kiosk', request: none, response: doorList },
  /** What changed at the door since doorList or the last doorChanges: arrivals here and synced from other kiosks. */
  doorChanges: { access: 'kiosk', request: z.object({ cursor: z.number().int().min(0) }), response: doorChanges },
  /** Undoes this kiosk's latest check-in still in force: of the person named, their check-in or exit (refused when it has none of theirs), else anyone's check-in. */
  undo: {
    access: 'kiosk',
    request: z.object({ reason: shortText.optional(), registrantId: z.string().max(20).optional() }),
    response: z.object({ undone: registrantSummary.extend({ at: isoTime, kind: z.enum(['checkin', 'exit']) }).nullable() }),
  },
  /** Records that the guest with the code went out: at the exit's station, or the entrance's "ut". */
  exit: { access: 'kiosk', request: z.object({ code: z.string().max(20_000), station: shortText.optional() }), response: scanResult },
  /** Records that a registrant picked from the search went out. */
  exitById: { access: 'kiosk', request: z.object({ registrantId: z.string().max(20), station: shortText.optional() }), response: scanResult },
  /** Lets a registrant in though the door is full (or they are waitlisted and the waitlist is not released): the PIN checked here, recorded as forced. */
  admitForced: { access: 'kiosk', request: z.object({ registrantId: z.string().max(20), override, station: shortText.optional() }), response: scanResult },
  /** The queue at the door and whether places are released. */
  waitlist: { access: 'kiosk', request: none, response: waitlistQueue },
  /**
   * Lets in the next in the queue, or the waitlisted registrant named (the
   * reason kept). Before the release, or with no free place, only with the
   * override (the PIN); refused for someone not waitlisted, nothing recorded.
   */
  waitlistAdmit: {
    access: 'kiosk',
    request: z.object({ registrantId: z.string().max(20).optional(), reason: z.string().max(500).optional(), override: override.optional(), station: shortText.optional() }),
    response: scanResult,
  },
  /** Releases the waitlist's places now, by hand (the waitlistRelease setting becomes this minute). */
  waitlistRelease: { access: 'organiser', request: none, response: waitlistQueue },
  /**
   * Registers someone at the door and lets them in: a name (at most 200
   * characters), an organisation or municipality, an email if they like. Only
   * while there is room, or with the override (the PIN); the core checks each field.
   */
  walkIn: {
    access: 'kiosk',
    request: z.object({
      name: z.string().max(20_000),
      organisation: z.string().max(20_000).nullable(),
      email: z.string().max(20_000).nullable(),
      override: override.optional(),
      station: shortText.optional(),
    }),
    response: walkInResult,
  },
  /** The municipalities of 2024 by name, for the walk-in form's suggestions. */
  municipalities: { access: 'kiosk', request: none, response: z.array(z.string()) },
  /** Sets (or, with null or an empty text, clears) a registrant's note for the security check: an event in the log, so every kiosk has it. */
  noteSet: {
    access: 'organiser',
    request: z.object({ registrantId: z.string().max(20), note: z.string().max(20_000).nullable() }),
    response: z.object({ registrantId: z.string(), note: z.string().nullable() }),
  },
  organiserUnlock: {
    access: 'kiosk',
    /** Never sets a PIN: a kiosk without one says how to set it (on the machine itself). */
    request: z.object({ pin }),
    response: z.object({ session: z.string() }),
  },
  organiserLock: { access: 'organiser', request: none, response: z.object({}) },
  pinChange: { access: 'organiser', request: z.object({ pin: newPin }), response: z.object({}) },
  registrants: {
    access: 'organiser',
    request: z.object({
      query: z.string().max(200).optional(),
      status: status.optional(),
      /** Only those who have arrived, or only those who have not. */
      arrival: z.enum(['arrived', 'notArrived']).optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    response: z.object({ total: z.number().int(), items: z.array(registrantRow) }),
  },
  /** The information desk: checks a confirmed registrant in by hand, with why. */
  deskCheckIn: { access: 'organiser', request: z.object({ registrantId: z.string().max(20), reason: shortText }), response: registrantRow },
  /** The information desk: undoes a registrant's arrival, whichever kiosk admitted them, with why. */
  deskUndoArrival: { access: 'organiser', request: z.object({ registrantId: z.string().max(20), reason: shortText }), response: registrantRow },
  /** The information desk: corrects a misspelt name or organisation, as an event in the log. */
  deskCorrect: {
    access: 'organiser',
    request: z.object({ registrantId: z.string().max(20), name: shortText.optional(), organisation: shortText.optional() }),
    response: registrantRow,
  },
  importPreview: { access: 'organiser', request: importRequest, response: importSummary },
  importCommit: { access: 'organiser', request: importRequest, response: importSummary },
  registrantCode: {
    access: 'organiser',
    request: z.object({ registrantId: z.string().max(20) }),
    response: z.object({ code: z.string(), svg: z.string() }),
  },
  exportCodes: {
    access: 'organiser',
    request: none,
    /** A zip of one PNG and one SVG per registrant and codes.csv, base64. */
    response: z.object({ fileName: z.string(), zip: z.string(), count: z.number().int() }),
  },
  report: { access: 'organiser', request: none, response: z.array(reportRow) },
  /** How the day goes: arrivals, the rate, the kiosks; quick enough to ask at every change. */
  overview: { access: 'organiser', request: none, response: liveOverview },
  /** The attendance report as a file to save: PDF, XLSX, CSV (one table) or JSON, in full or anonymised. */
  reportFile: {
    access: 'organiser',
    request: z.object({
      format: z.enum(REPORT_FORMATS),
      anonymous: z.boolean().optional(),
      /** CSV only: the table, else the one with a row per registrant. */
      table: z.enum(REPORT_TABLE_NAMES).optional(),
      language: z.enum(['nb', 'en']).optional(),
    }),
    /** The file's bytes, base64. */
    response: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  },
  settingsGet: { access: 'kiosk', request: none, response: settings },
  settingsSet: { access: 'organiser', request: settings.partial(), response: settings },
  /** The station this kiosk works (shown in its header). */
  stationGet: { access: 'kiosk', request: none, response: kioskStation },
  /** Moves the kiosk to another station: only behind the organiser PIN. */
  stationSet: { access: 'organiser', request: kioskStation, response: kioskStation },
  /** Hands something in under a tag, for the guest with the code (null: a guest without one). */
  cloakIn: {
    access: 'kiosk',
    // registrantId: a guest picked by name search, in place of a code.
    request: z.object({ tag: tagInput, code: z.string().max(20_000).nullable(), registrantId: z.string().max(20).optional() }),
    response: cloakResult,
  },
  /** Hands back what hangs under a tag. */
  cloakOut: { access: 'kiosk', request: z.object({ tag: tagInput }), response: cloakResult },
  /** A lost tag: the guest by code or name, with the tags they have hanging. */
  cloakFind: { access: 'kiosk', request: z.object({ query: z.string().max(200) }), response: z.array(guestTags) },
  /** Every hand-in, or only what hangs, by tag. */
  cloakList: { access: 'kiosk', request: z.object({ uncollected: z.boolean() }), response: z.array(tagView) },
  /** Undoes this kiosk's latest hand-in or collection. */
  cloakUndo: {
    access: 'kiosk',
    request: z.object({ reason: shortText.optional() }),
    response: z.object({ undone: z.object({ kind: z.enum(['cloak_in', 'cloak_out']), tag: count, owner: owner.nullable(), at: isoTime }).nullable() }),
  },
  /** Serves a lunch to the guest with the code (null: without one); a second one only when `again`. */
  lunchServe: {
    access: 'kiosk',
    // registrantId: a guest picked by name search, in place of a code.
    request: z.object({ code: z.string().max(20_000).nullable(), registrantId: z.string().max(20).optional(), again: z.boolean().optional() }),
    response: lunchResult,
  },
  /** Undoes this kiosk's latest lunch. */
  lunchUndo: {
    access: 'kiosk',
    request: z.object({ reason: shortText.optional() }),
    response: z.object({ undone: z.object({ registrant: owner.nullable(), at: isoTime }).nullable() }),
  },
  /** The lunch counter's copy, in the page's memory only: each guest's dietary needs, and the lunches served by name. */
  lunchList: { access: 'kiosk', request: none, response: lunchList },
  eventSettingsGet: { access: 'organiser', request: none, response: eventSettings },
  eventSettingsSet: { access: 'organiser', request: eventSettingChanges, response: eventSettings },
  /** Changes the event's name, date or capacity (null: no limit); codes already issued stay valid. */
  eventUpdate: { access: 'organiser', request: newEvent.partial(), response: eventInfo },
  mailStatus: { access: 'organiser', request: none, response: mailStatus },
  /** Starts sending in the background and returns at once; follow it with mailStatus. */
  mailSend: {
    access: 'organiser',
    request: z.object({
      from: z.string().max(320),
      /** smtp://user@host:587 or smtps://user@host:465, with the kiosk's stored password. */
      smtpUrl: z.string().max(2000),
      /** Send to this registrant alone, again even when already sent. */
      only: z.string().max(20).optional(),
      /** Emails per second at most. */
      rate: z.number().positive().max(1000).optional(),
    }),
    response: mailStatus,
  },
  /** One registrant's email as it would be sent (or a sample's), images inline; a draft of the settings shows edits before saving. */
  mailPreview: {
    access: 'organiser',
    request: z.object({
      registrantId: z.string().max(20).optional(),
      kind: z.enum(MAIL_KINDS).optional(),
      draft: eventSettingChanges.optional(),
    }),
    response: z.object({ subject: z.string(), html: z.string(), text: z.string() }),
  },
  /** Whether this kiosk is in touch with the hub, and what waits to upload. */
  syncStatus: { access: 'kiosk', request: none, response: syncStatus },
  /** Joins the hub a pairing code names, on a kiosk with no event yet. */
  joinHub: {
    access: 'setup',
    request: z.object({ code: z.string().max(1000), kioskName: z.string().min(1).max(60).optional() }),
    response: z.object({ eventKey: z.string(), eventName: z.string(), registrants: z.number().int() }),
  },
  /** The pairing code new kiosks join with, and its QR as SVG; only on a kiosk serving as hub. */
  pairingCode: { access: 'organiser', request: none, response: pairingCodeResponse },
  /** Every kiosk that has synced with this one, as last seen. */
  peers: {
    access: 'organiser',
    request: none,
    response: z.array(z.object({ kioskId: z.string(), kioskName: z.string(), lastSeenAt: isoTime, listRevision: z.number().int(), events: z.number().int() })),
  },
  /** People let in twice while kiosks were apart. */
  conflicts: {
    access: 'organiser',
    request: none,
    response: z.array(z.object({ registrant: z.object({ id: z.string(), name: z.string() }), scans: z.array(z.object({ kiosk: z.string(), at: isoTime })) })),
  },
  /** Makes this kiosk the hub the other kiosks join and sync with (it stays so when restarted); the pairing code to show them. */
  hubStart: { access: 'organiser', request: none, response: pairingCodeResponse },
  /** Every event this kiosk holds, and the list, as a file to carry on a USB stick when there is no network. */
  syncExport: {
    access: 'organiser',
    request: none,
    response: z.object({ fileName: z.string(), content: z.string(), events: z.number().int() }),
  },
  /** Takes in a sync file from another kiosk: the events this one lacks. */
  syncImport: {
    access: 'organiser',
    request: z.object({ fileName: shortText, content: z.string().max(200_000_000) }),
    response: z.object({ received: z.number().int() }),
  },
  /**
   * Leaves the event and wipes this kiosk's copy of it. Refused (leaveWouldLose,
   * with the count) while check-ins would be lost, unless confirmLoss names that count.
   */
  leaveEvent: {
    access: 'organiser',
    request: z.object({ confirmLoss: z.number().int().min(0).optional() }),
    response: z.object({ eventName: z.string() }),
  },
  /** How many people's personal data this kiosk holds, the day it is deleted, whether it was, and the files to delete by hand. */
  privacyStatus: { access: 'organiser', request: none, response: privacyStatus },
  /** Deletes the personal data from this kiosk (and, on the organiser's kiosk, from every kiosk at its next sync); confirmPeople must name how many people's. */
  purge: { access: 'organiser', request: z.object({ confirmPeople: z.number().int().min(0) }), response: purgeOutcome },
  /** Everything held about one registrant, for a request for access. */
  person: { access: 'organiser', request: registrantIdRequest, response: personData },
  /** Deletes one registrant's personal data on every kiosk, keeping their anonymous counts. */
  forget: { access: 'organiser', request: registrantIdRequest, response: z.object({ registrantId: z.string() }) },
  /** The registration list followed from an address (innsjekk import URL --follow): its last check, change and failure. */
  followStatus: { access: 'organiser', request: none, response: followStatus },
} as const satisfies Record<OperationName, { access: Access; request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Operation = keyof Contract;
export type RequestOf<O extends Operation> = z.infer<Contract[O]['request']>;
export type ResponseOf<O extends Operation> = z.infer<Contract[O]['response']>;

/** What a transport knows about the caller besides the request. */
export interface CallContext {
  /** The organiser session the caller holds, if any. */
  readonly organiserSession?: string;
  /**
   * True when the caller is on the kiosk's own machine: the Electron window,
   * or a connection from a loopback address. Absent: from the network.
   */
  readonly fromThisMachine?: boolean;
}

/** The API as the core implements it: one handler per operation, most of them synchronous. */
export type ApiHandlers = {
  readonly [O in Operation]: (request: RequestOf<O>, context: CallContext) => ResponseOf<O> | Promise<ResponseOf<O>>;
};
/** The API as a screen sees it, over HTTP or IPC. */
export type Api = { readonly [O in Operation]: (request: RequestOf<O>) => Promise<ResponseOf<O>> };

export type ScanResult = z.infer<typeof scanResult>;
export type ImportSummary = z.infer<typeof importSummary>;
export type ImportMapping = z.infer<typeof mapping>;
export type ReportRow = z.infer<typeof reportRow>;
export type RegistrantRow = z.infer<typeof registrantRow>;
export type KioskStatus = z.infer<typeof kioskStatus>;
export type Settings = z.infer<typeof settings>;
export type MailProgress = z.infer<typeof mailStatus>;
export type MailPreview = ResponseOf<'mailPreview'>;
export type DoorList = z.infer<typeof doorList>;
export type DoorChanges = z.infer<typeof doorChanges>;
export type DoorArrival = z.infer<typeof doorArrival>;
export type DoorRegistrant = z.infer<typeof doorRegistrant>;
/** The door's inside count, capacity and waitlist release. */
export type DoorState = z.infer<typeof doorState>;
export type WaitingAtDoor = z.infer<typeof waitingAtDoor>;
/** The organiser PIN and who gives it and why. */
export type Override = z.infer<typeof override>;
export type WaitlistQueue = z.infer<typeof waitlistQueue>;
export type WalkInResult = z.infer<typeof walkInResult>;
export type Counts = z.infer<typeof counts>;
export type LiveOverviewResponse = z.infer<typeof liveOverview>;
/** A registrant as the stations show them. */
export type Owner = z.infer<typeof owner>;
export type TagView = z.infer<typeof tagView>;
export type CloakResult = z.infer<typeof cloakResult>;
export type GuestTags = z.infer<typeof guestTags>;
export type LunchResult = z.infer<typeof lunchResult>;
/** The cloakroom's and the lunch counter's part of the counts. */
export type StationCounts = z.infer<typeof stationCounts>;

/**
 * What a running kiosk tells its screens has changed: arrivals or the list
 * or the log (`door`: the stations' screens hear their events by it too), the sync state (`sync`), the event or its settings (`event`), a
 * sending under way (`mail`). The screens then ask for what they show.
 */
export const CHANGE_TOPICS = ['door', 'sync', 'event', 'mail'] as const;
export type ChangeTopic = (typeof CHANGE_TOPICS)[number];

/** A refusal or failure as the screens receive it, over HTTP and IPC alike: the message's key and parameters, and its text in both languages. */
export interface ApiFailure {
  readonly key: MessageKey;
  readonly message: string;
  readonly messageEn: string;
  readonly params: TextParams;
}

/** A failure from the message catalogue, in both languages. */
export function apiFailure(key: MessageKey, params: TextParams = {}): ApiFailure {
  return { key, message: text(key, params, 'nb'), messageEn: text(key, params, 'en'), params };
}

/**
 * One call's answer as plain data. Errors lose their class and their own
 * properties crossing Electron's context bridge, so a failure travels as data
 * and the screens' client throws it again.
 */
export type CallOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ApiFailure };

/** True when the text names an operation of the contract. */
export function isOperation(name: string): name is Operation {
  return Object.hasOwn(contract, name);
}
