import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import { readAllForBackup } from '@/lib/db/backup-read';
import { serializeBackup } from '@/lib/portability/backup';
import { serializeProspectsCsv } from '@/lib/portability/csv';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { datedFileName, downloadFile } from '@/lib/panel/download-file';
import { ExportCalendarButton } from '../export-calendar-button';

type Outcome = { key: string; params?: Record<string, string | number>; lines?: string[] };

/** The user's data: import CSV, export CSV and calendar, back up and restore. Nothing leaves unless they do this. */
export function DataSection() {
  const db = useDb();
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const readFile = (input: HTMLInputElement) =>
    input.files?.[0]?.text().then((text) => ({ text, name: input.files![0]!.name }));
  const importCsv = async (e: Event) => {
    const file = await readFile(e.currentTarget as HTMLInputElement);
    if (!file) return;
    const reply = await sendMessage('importCsv', { text: file.text, fileName: file.name }).catch(() => null);
    if (!reply?.ok) return setOutcome({ key: 'options.data.importFailed' });
    const { created, matched, errors } = reply.value;
    return setOutcome({
      key: 'options.data.imported',
      params: { created, matched, errors: errors.length },
      lines: errors.map((er) =>
        t('options.data.rowError', { line: er.line, error: t(`csv.${er.message}`), detail: er.detail }),
      ),
    });
  };
  const restore = async (e: Event) => {
    const file = await readFile(e.currentTarget as HTMLInputElement);
    if (!file) return;
    const reply = await sendMessage('restoreBackup', { text: file.text }).catch(() => null);
    setOutcome(
      reply?.ok ? { key: 'options.data.restored', params: reply.value } : { key: 'options.data.restoreFailed' },
    );
  };
  const exportCsv = async () =>
    downloadFile(
      serializeProspectsCsv(await db.prospects.orderBy('createdAt').toArray()),
      datedFileName('prospects', 'csv'),
      'text/csv',
    );
  const backup = async () => {
    const { tables, settings } = await readAllForBackup(db);
    downloadFile(serializeBackup(tables, settings, Date.now()), datedFileName('backup', 'json'), 'application/json');
  };
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('options.data.title')}</h2>
      <p class="muted">{t('options.data.help')}</p>
      <fieldset>
        <label>
          {t('options.data.importCsv')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void importCsv(e)} />
        </label>
        <button type="button" onClick={() => void exportCsv()}>
          {t('options.data.exportCsv')}
        </button>
        <ExportCalendarButton />
      </fieldset>
      <fieldset>
        <button type="button" onClick={() => void backup()}>
          {t('options.data.backup')}
        </button>
        <label>
          {t('options.data.restore')}
          <input type="file" accept=".json,application/json" onChange={(e) => void restore(e)} />
        </label>
      </fieldset>
      {outcome && (
        <div role="status">
          <p>{t(outcome.key, outcome.params)}</p>
          {outcome.lines && outcome.lines.length > 0 && (
            <ul>
              {outcome.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
