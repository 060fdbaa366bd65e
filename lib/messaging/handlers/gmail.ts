import { normalizeEmail } from '../../domain/email-address';
import type { SidecarDB } from '../../db/schema';
import { findPersonFor } from '../../db/repositories/persons';
import { statusOf } from '../../worker/contact-status';
import { contactOfAddress, logEmails } from '../../worker/log-email';
import { suppressedAddresses } from '../../worker/suppression';
import { composeFollowUp } from '../../worker/compose-follow-up';
import { captureTextsOrError } from './capture-texts';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/** Handlers for Gmail: log an email, compose follow-ups, recipients' statuses. */
export function createGmailHandlers(
  db: SidecarDB,
): Pick<Handlers, 'logEmail' | 'composeFollowUp' | 'getEmailStatuses'> {
  return {
    async logEmail(input) {
      // The deal's texts are read before the use-case's transaction (capture lands on the board).
      const place = await captureTextsOrError(db);
      if (!place.ok) return toReply(place);
      return toReply(await logEmails(db, { ...input, place: place.value }, callOf(input)), (v) => v);
    },
    async composeFollowUp(input, { tabId }) {
      // Keyed by tab: one tab's content script can neither confirm nor cancel another tab's draft.
      if (tabId === null) return { ok: false, error: 'forbidden' };
      return toReply(await composeFollowUp(db, input, callOf(input), tabId), (v) => v);
    },
    async getEmailStatuses({ emails }) {
      const forgotten = await suppressedAddresses(db, emails);
      const entries = await Promise.all(
        emails.map(async (e) =>
          forgotten.has(normalizeEmail(e) ?? '')
            ? ([e, { known: false as const, suppressed: true }] as const)
            : ([e, await statusOf(db, await findPersonFor(db, contactOfAddress(e, null)))] as const),
        ),
      );
      return { ok: true, value: Object.fromEntries(entries) };
    },
  };
}
