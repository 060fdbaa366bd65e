import type { SidecarDB } from '../../db/schema';
import { logActivity } from '../../worker/activities';
import { completeFollowUp, rescheduleFollowUp, scheduleFollowUp, snoozeFollowUp } from '../../worker/follow-ups';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/** Handlers for the timeline (notes, calls, meetings) and follow-ups. */
export function createTimelineHandlers(
  db: SidecarDB,
): Pick<Handlers, 'logActivity' | 'scheduleFollowUp' | 'completeFollowUp' | 'snoozeFollowUp' | 'rescheduleFollowUp'> {
  return {
    async logActivity(input) {
      return toReply(await logActivity(db, input.activity, callOf(input)), (v) => v);
    },
    async scheduleFollowUp({ opId, ...input }) {
      return toReply(await scheduleFollowUp(db, input, { now: Date.now(), opId }), (v) => ({
        followUpId: v.followUpId,
      }));
    },
    async completeFollowUp(input) {
      return toReply(await completeFollowUp(db, input, callOf(input)));
    },
    async snoozeFollowUp(input) {
      return toReply(await snoozeFollowUp(db, input, callOf(input)));
    },
    async rescheduleFollowUp(input) {
      return toReply(await rescheduleFollowUp(db, input, callOf(input)));
    },
  };
}
