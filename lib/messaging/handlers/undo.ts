import type { SidecarDB } from '../../db/schema';
import { restoreRows } from '../../db/restore-rows';
import type { Handlers } from './handler';
import { toReply } from './reply';

/** The undo of the panel's last action (lib/db/restore-rows.ts). */
export function createUndoHandlers(db: SidecarDB): Pick<Handlers, 'restoreRows'> {
  return {
    async restoreRows(rows) {
      return toReply(await restoreRows(db, rows), (n) => ({ rows: n }));
    },
  };
}
