import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useDb } from '@/lib/panel/db-context';
import { downloadFile } from '@/lib/panel/download-file';
import { useI18n } from '@/lib/panel/i18n-context';
import { exportPersonData } from '@/lib/panel/person-data';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { ConfirmDialog } from './confirm-dialog';

/**
 * A data subject's requests (GDPR Art. 15–17): everything stored about this person as one JSON file,
 * and "Forget this person", which deletes them with what is only theirs and keeps them from ever
 * being captured, imported or restored again (the suppression list, lib/worker/forget.ts).
 */
export function ForgetPerson({ person, onForgotten }: { person: PersonRow; onForgotten: () => void }) {
  const { t } = useI18n();
  const db = useDb();
  const send = useSend();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const forget = async () => {
    if (await action.run(send('forgetPerson', { personId: person.id }))) onForgotten();
  };
  const exportData = async () =>
    downloadFile(
      JSON.stringify(await exportPersonData(db, person.id), null, 2),
      `sidecar-person-${person.id}.json`,
      'application/json',
    );
  return (
    <section class="danger" aria-labelledby="privacy-heading">
      <h3 id="privacy-heading">{t('privacy.heading')}</h3>
      <div class="row">
        <button type="button" onClick={() => void exportData()}>
          {t('privacy.exportPerson')}
        </button>
        {!confirming && (
          <button type="button" class="danger-button" onClick={() => setConfirming(true)}>
            {t('privacy.forget')}
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          id="forget-question"
          question={t('privacy.forgetConfirm', { name: person.displayName })}
          yes={t('privacy.forgetYes')}
          action={action}
          onYes={() => void forget()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
