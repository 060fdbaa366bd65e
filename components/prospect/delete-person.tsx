import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { useUndoable } from '@/lib/panel/use-undoable';

/** Delete a person and their history, after an explicit confirmation; Undo in the toast for 10 seconds. */
export function DeletePerson({ person, onDeleted }: { person: PersonRow; onDeleted: () => void }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const undoable = useUndoable();
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
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
        <div role="alertdialog" aria-labelledby="delete-question" class="notice">
          <p id="delete-question">{t('prospect.deleteConfirm', { name: person.displayName })}</p>
          <div class="row">
            <button type="button" class="danger-button" disabled={action.busy} onClick={() => void remove()}>
              {t('prospect.deleteYes')}
            </button>
            <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
              {t('action.cancel')}
            </button>
          </div>
          {action.error && (
            <p class="error" role="alert">
              {t(action.error)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
