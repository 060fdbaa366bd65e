import { browser } from '#imports';
import type { SidecarDB } from '../../db/schema';
import { findPersonFor } from '../../db/repositories/persons';
import { statusOf } from '../../worker/contact-status';
import { contactOfAddress, logEmails } from '../../worker/log-email';
import { confirmComposeFollowUp, type ComposeFollowUp } from '../../worker/compose-follow-up';
import type { Handlers } from '../register';
import { callOf, toReply } from './reply';

const pendingKey = (draftKey: string) => `compose:${draftKey}`;

/** Handlers for Gmail: log an email, compose follow-ups, recipients' statuses. */
export function createGmailHandlers(
  db: SidecarDB,
): Pick<Handlers, 'logEmail' | 'composeFollowUp' | 'getEmailStatuses'> {
  return {
    async logEmail(input) {
      return toReply(await logEmails(db, input, callOf(input)), (v) => v);
    },
    /**
     * "Follow up if no reply": `pending` is remembered in storage.session (it must survive the worker
     * stopping between Send and Gmail's "Message sent"); `confirmed` creates the follow-ups and only
     * then forgets the pending send (a worker stopped in between finds it again on a retry);
     * `cancelled` (Undo) drops it.
     */
    async composeFollowUp(input) {
      const key = pendingKey(input.draftKey);
      if (input.state === 'pending') {
        await browser.storage.session.set({ [key]: input });
        return { ok: true, value: { followUps: 0 } };
      }
      if (input.state === 'cancelled') {
        await browser.storage.session.remove(key);
        return { ok: true, value: { followUps: 0 } };
      }
      const stored = (await browser.storage.session.get(key))[key] as ComposeFollowUp | undefined;
      const reply = await confirmComposeFollowUp(db, { confirmed: input, pending: stored ?? null }, callOf(input));
      if (reply.ok) await browser.storage.session.remove(key);
      return toReply(reply, (v) => v);
    },
    async getEmailStatuses({ emails }) {
      const entries = await Promise.all(
        emails.map(async (e) => [e, await statusOf(db, await findPersonFor(db, contactOfAddress(e, null)))] as const),
      );
      return { ok: true, value: Object.fromEntries(entries) };
    },
  };
}
