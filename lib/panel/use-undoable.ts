import { useDb } from './db-context';
import { errorOf, type Reply } from './message-error';
import { useSend } from './send-context';
import { useToast } from './toasts';
import { planUndo, readRowsOf, takeSnapshot } from './undo-snapshot';

/** Run an action that can be undone: its error code (null when it worked). */
export type RunUndoable = (
  personIds: readonly string[],
  action: () => Promise<Reply>,
  message: string,
) => Promise<string | null>;

/**
 * Every move, Done, snooze, delete and bulk action goes through here: the people's rows are read first
 * (the snapshot), the action is sent, and when it worked a toast names what happened with an Undo that
 * puts those rows back (restoreRows) for 10 seconds.
 */
export function useUndoable(): RunUndoable {
  const db = useDb();
  const send = useSend();
  const toast = useToast();
  return async (personIds, action, message) => {
    const before = await takeSnapshot(db, personIds);
    const code = await errorOf(action());
    if (code !== null) return code;
    toast({
      message,
      undo: async () => {
        const plan = planUndo(before.rows, await readRowsOf(db, before.personIds));
        return (await errorOf(send('restoreRows', plan))) === null;
      },
    });
    return null;
  };
}
