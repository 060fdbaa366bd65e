import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

/** Delete a person and their history, after an explicit confirmation. */
export function DeletePerson({ person, onDeleted }: { person: PersonRow; onDeleted: () => void }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const remove = async () => {
    if (await action.run(send('deletePerson', { personId: person.id }))) onDeleted();
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
