/**
 * Previews for the template editor: an email as it would be sent, with the
 * settings being edited applied but not saved.
 */
import type { MailPreview, RequestOf } from '../../../shared/contract.js';
import type { MailKind } from '../../../shared/domain.js';
import { UserError } from '../../../shared/i18n.js';
import type { Core } from '../core.js';
import { applyEventSettings, eventSettingsSync } from '../event-settings.js';
import { codeRowSync } from '../registrants.js';
import { composeMailFor, htmlWithInlineImages, type MailRegistrant } from './compose.js';

/** Shown when no registrant is picked; the code is no real ticket. */
const SAMPLE: MailRegistrant = { id: 'EKSEMPEL', name: 'Kari Nordmann', code: 'IJ:EKSEMPEL' };

/** One registrant's email (or a sample's), its QR code inline as a data: URL. */
export async function previewMail(core: Core, request: RequestOf<'mailPreview'>): Promise<MailPreview> {
  const event = core.requireEventSync();
  const settings = applyEventSettings(eventSettingsSync(core), request.draft ?? {});
  let registrant = SAMPLE;
  let kind: MailKind = request.kind ?? 'confirmation';
  if (request.registrantId !== undefined) {
    const row = codeRowSync(core, request.registrantId);
    if (row.status === 'cancelled') throw new UserError('mailCancelledRegistrant', { id: row.id });
    registrant = row;
    kind = row.status === 'confirmed' ? 'confirmation' : 'waitlist';
  }
  const mail = await composeMailFor({ kind, eventId: event.id, settings, registrant, now: new Date() });
  return { subject: mail.subject, html: htmlWithInlineImages(mail), text: mail.text };
}
