import type { SidecarDB } from '../../db/schema';
import { scheduleFromPreset } from '../../worker/follow-ups';
import { scheduleForContact } from '../../worker/contact-follow-up';
import { deleteCadence, saveCadence, startCadence, stopCadence } from '../../worker/cadences';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/** Handlers for preset scheduling and cadences. */
export function createFollowUpHandlers(
  db: SidecarDB,
): Pick<
  Handlers,
  | 'scheduleFollowUpPreset'
  | 'scheduleFollowUpForContact'
  | 'saveCadence'
  | 'deleteCadence'
  | 'startCadence'
  | 'stopCadence'
> {
  return {
    async scheduleFollowUpPreset({ opId, ...input }) {
      return toReply(await scheduleFromPreset(db, input, { now: Date.now(), opId }), (v) => v);
    },
    async scheduleFollowUpForContact(input, { tabId }) {
      if (tabId === null) return { ok: false, error: 'forbidden' };
      const { key, preset } = input;
      return toReply(await scheduleForContact(db, { tabId, key, preset }, callOf(input)), (v) => v);
    },
    async saveCadence(input) {
      return toReply(await saveCadence(db, { ...input.cadence, nameKey: null }, callOf(input)), (v) => v);
    },
    async deleteCadence(input) {
      return toReply(await deleteCadence(db, input, callOf(input)));
    },
    async startCadence({ personId, cadenceId, dealId, opId }) {
      const call = { now: Date.now(), opId };
      return toReply(await startCadence(db, { personId, cadenceId, dealId: dealId ?? null }, call), (v) => v);
    },
    async stopCadence(input) {
      return toReply(await stopCadence(db, input, callOf(input)), (v) => v);
    },
  };
}
