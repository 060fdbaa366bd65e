import type { Detection } from '../../domain/contact';
import type { SidecarDB } from '../../db/schema';
import { findPersonFor } from '../../db/repositories/persons';
import { cancelNoReplyOnSeenReply } from '../../worker/activity-rules';
import type { MessageName } from '../protocol';
import { wrapHandlers, type Handler, type Handlers } from './handler';

/** Messages whose handlers may change follow-ups, directly or through the rules and cadences. */
export const FOLLOW_UP_MESSAGES = [
  'logEmail',
  'composeFollowUp',
  'deletePerson',
  'mergePersons',
  'undoMerge',
  'restoreRows',
  'logActivity',
  'scheduleFollowUp',
  'completeFollowUp',
  'snoozeFollowUp',
  'rescheduleFollowUp',
  'updateSettings',
  'scheduleFollowUpPreset',
  'scheduleFollowUpForContact',
  'startCadence',
  'stopCadence',
  'forgetPerson',
  'deleteAllData',
] as const satisfies readonly MessageName[];

export interface FollowUpHooks {
  /** Runs after each of FOLLOW_UP_MESSAGES (the toolbar badge); its failure never fails the message. */
  afterFollowUpChange(): Promise<unknown>;
}

/**
 * The Gmail content script saw people as senders ('from') of an open thread: their reply makes
 * open no-reply follow-ups moot (cancelNoReplyOnReply). Limitation: a detection carries no message
 * dates, so an older message of theirs shown again also counts; the follow-up must predate the report.
 */
export async function cancelNoReplyForSenders(db: SidecarDB, detection: Detection, now: number): Promise<number> {
  if (detection.pageKind !== 'gmail-thread') return 0;
  let cancelled = 0;
  for (const contact of detection.contacts.filter((c) => c.role === 'from')) {
    const person = await findPersonFor(db, contact);
    if (person) cancelled += await cancelNoReplyOnSeenReply(db, person.id, now);
  }
  return cancelled;
}

/**
 * Wrap the handlers: the after-change hook on every follow-up message, and on reportDetection (sent by
 * every page) only when a seen reply cancelled a follow-up, so an ordinary report never touches the badge.
 */
export function withFollowUpHooks(db: SidecarDB, handlers: Handlers, hooks: FollowUpHooks): Handlers {
  const after = () =>
    hooks.afterFollowUpChange().catch((error: unknown) => console.error('[sidecar] after follow-up change', error));
  const wrap =
    (_name: MessageName, handler: Handler<MessageName>): Handler<MessageName> =>
    async (data, ctx) => {
      const reply = await handler(data, ctx);
      await after();
      return reply;
    };
  const reportDetection: Handler<'reportDetection'> = async (detection, ctx) => {
    const reply = await handlers.reportDetection(detection, ctx);
    if (reply.ok && (await cancelNoReplyForSenders(db, detection, Date.now())) > 0) await after();
    return reply;
  };
  return { ...wrapHandlers(handlers, FOLLOW_UP_MESSAGES, wrap), reportDetection };
}
