import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { ConfirmDialog } from './confirm-dialog';

/** Delete a person and their history, after an explicit confirmation. */
export function DeletePerson({ person, onDeleted }: { person: PersonRow; onDeleted: () => void }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
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
