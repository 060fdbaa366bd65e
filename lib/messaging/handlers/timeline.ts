import type { SidecarDB } from '../../db/schema';
import { logActivity } from '../../db/repositories/activities';
import {
  markFollowUpDone,
  rescheduleFollowUpTo,
  scheduleFollowUp,
  snoozeFollowUpUntil,
} from '../../db/repositories/follow-ups';
import type { Handlers } from './handler';
import { toReply } from './reply';

/** Handlers for the timeline (notes, calls, meetings) and follow-ups. */
export function createTimelineHandlers(
  db: SidecarDB,
): Pick<Handlers, 'logActivity' | 'scheduleFollowUp' | 'completeFollowUp' | 'snoozeFollowUp' | 'rescheduleFollowUp'> {
  return {
    async logActivity({ activity }) {
      return toReply(await logActivity(db, activity, Date.now()), (a) => ({ activityId: a.id }));
    },
    async scheduleFollowUp(input) {
      return toReply(await scheduleFollowUp(db, input, Date.now()), (f) => ({ followUpId: f.id }));
    },
    async completeFollowUp({ followUpId }) {
      return toReply(await markFollowUpDone(db, followUpId, Date.now()));
    },
    async snoozeFollowUp({ followUpId, until }) {
      return toReply(await snoozeFollowUpUntil(db, followUpId, until, Date.now()));
    },
    async rescheduleFollowUp({ followUpId, dueAt }) {
      return toReply(await rescheduleFollowUpTo(db, followUpId, dueAt, Date.now()));
    },
  };
}
