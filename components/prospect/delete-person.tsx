import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { useUndoable } from '@/lib/panel/use-undoable';
import { ConfirmDialog } from './confirm-dialog';

/** Delete a person and their history, after an explicit confirmation; Undo in the toast for 10 seconds. */
export function DeletePerson({ person, onDeleted }: { person: PersonRow; onDeleted: () => void }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const undoable = useUndoable();
  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    const deleted = undoable(
      [person.id],
      () => send('deletePerson', { personId: person.id }),
      t('toast.personDeleted', { name: person.displayName }),
    );
    const reply = deleted.then((code) => (code === null ? { ok: true as const } : { ok: false as const, error: code }));
    if (await action.run(reply)) onDeleted();
  };
  return (
    <section class="danger" aria-label={t('prospect.delete')}>
      {!confirming && (
        <button type="button" class="danger-button" onClick={() => setConfirming(true)}>
          {t('prospect.delete')}
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          id="delete-question"
          question={t('prospect.deleteConfirm', { name: person.displayName })}
          yes={t('prospect.deleteYes')}
          action={action}
          onYes={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
