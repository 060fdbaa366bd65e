import type { SidecarDB } from '../../db/schema';
import { restoreRows } from '../../worker/restore-rows';
import type { Handlers } from './handler';
import { callOf, toReply } from './reply';

/** The undo of the panel's last action (lib/worker/restore-rows.ts). */
export function createUndoHandlers(db: SidecarDB): Pick<Handlers, 'restoreRows'> {
  return {
    async restoreRows(rows) {
      return toReply(await restoreRows(db, rows, callOf(rows)), (n) => ({ rows: n }));
    },
  };
}
