import { DAY_MS } from '@/lib/domain/entity-fields';
import { useState } from 'preact/hooks';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { downloadFile } from '@/lib/panel/download-file';
import { buildFollowUpsIcs, ICS_FILE_NAME } from '@/lib/portability/export-follow-ups';

/**
 * "Export follow-ups to calendar (.ics)": open follow-ups plus those closed in the last 30 days, so
 * a re-import also marks cancelled ones. Reads the database directly (a read, not a write).
 */
export function ExportCalendarButton() {
  const db = useDb();
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const onClick = async () => {
    try {
      const now = Date.now();
      downloadFile(
        await buildFollowUpsIcs(db, { now, includeDoneSince: now - 30 * DAY_MS, translate: t }),
        ICS_FILE_NAME,
        'text/calendar',
      );
      setFailed(false);
    } catch (error) {
      console.error('[sidecar] calendar export failed', error);
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void onClick()}>
        {t('exportFollowUpsIcs')}
      </button>
      {failed && <p role="alert">{t('exportFollowUpsFailed')}</p>}
    </>
  );
}
