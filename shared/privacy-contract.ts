/**
 * The schemas of the personal data operations (shared/contract.ts): the
 * kiosk's privacy status, a purge, one person's data and forgetting them.
 */
import { z } from 'zod';
import { REGISTRANT_STATUSES } from './domain.js';

const purgeRecord = z.object({
  at: z.string(),
  kioskId: z.string(),
  kioskName: z.string(),
  people: z.number().int(),
  action: z.enum(['command', 'screens', 'retention', 'hub']),
});

const writtenFile = z.object({
  path: z.string(),
  kind: z.enum(['report', 'codes', 'sync-file', 'eml']),
  fromScreens: z.boolean(),
  at: z.string(),
});

/** How many people's personal data the kiosk holds, the day it is deleted, whether it was, and the files written outside the data folder. */
export const privacyStatus = z.object({
  people: z.number().int(),
  retainUntil: z.string().nullable(),
  purged: purgeRecord.nullable(),
  files: z.array(writtenFile).readonly(),
});

/** What a purge did, and the files the organiser is to delete. */
export const purgeOutcome = z.object({ record: purgeRecord, purgedNow: z.boolean(), files: z.array(writtenFile).readonly() });

/** Everything held about one registrant. */
export const personData = z.object({
  registrant: z.object({
    id: z.string(),
    ref: z.string().nullable(),
    barcode: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    organisation: z.string().nullable(),
    role: z.string().nullable(),
    status: z.enum(REGISTRANT_STATUSES),
    dietary: z.string().nullable(),
    note: z.string().nullable(),
    code: z.string(),
    listRevision: z.number().int(),
    updatedAt: z.string(),
  }),
  arrivedAt: z.string().nullable(),
  events: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      kioskName: z.string(),
      station: z.string(),
      kind: z.string(),
      details: z.unknown(),
    }),
  ).readonly(),
  mails: z.array(z.object({ kind: z.string(), state: z.string(), messageId: z.string().nullable(), attempts: z.number().int(), updatedAt: z.string() })).readonly(),
});

/** A registrant, by id. */
export const registrantIdRequest = z.object({ registrantId: z.string().max(20) });
