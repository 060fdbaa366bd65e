import { useState } from 'preact/hooks';
import { readBackupLines } from '@/lib/db/backup-read';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { datedFileName, downloadFile } from '@/lib/panel/download-file';
import { uploadFile } from '@/lib/panel/upload-file';
import { useJob } from '@/lib/panel/use-job';
import { DEFAULT_BACKUP } from '@/lib/domain/settings';
import { useSend } from '@/lib/panel/send-context';
import { useSettings } from '@/lib/panel/use-settings';
import { ExportCalendarButton } from '../export-calendar-button';
import { BackupSchedule } from './backup-schedule';
import { CsvExport } from './csv-export';
import { CsvImport } from './csv-import';
import { JobStatus } from './job-status';

/**
 * The user's data: import CSV, export CSV and calendar, back up and restore. Nothing leaves unless
 * they do this. An import or a restore streams the file to the worker (any size) and runs there as a
 * job: its progress, a restore's summary to confirm, and the outcome show below (JobStatus).
 */
export function DataSection() {
  const db = useDb();
  const { t } = useI18n();
  const send = useSend();
  const settings = useSettings();
  const [jobId, setJobId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const job = useJob(jobId);
  const restore = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setFailed(false);
    try {
      setJobId(await uploadFile(file, 'restore', file.name));
    } catch {
      setFailed(true);
    } finally {
      input.value = '';
    }
  };
  const backup = async () => {
    const now = Date.now();
    downloadFile(await readBackupLines(db, now), datedFileName('backup', 'jsonl'), 'application/x-ndjson');
    // The reminder counts from here (a download the user then cancels still counts: the browser does not say).
    const schedule = { ...(settings?.backup ?? DEFAULT_BACKUP), lastAt: now };
    await send('updateSettings', { patch: { backup: schedule } }).catch(() => null);
  };
  return (
    <section aria-labelledby="data">
      <h2 id="data">{t('options.data.title')}</h2>
      <p class="muted">{t('options.data.help')}</p>
      <fieldset>
        <CsvImport
          onStarted={(id) => {
            setFailed(false);
            setJobId(id);
          }}
          onFailed={() => setFailed(true)}
        />
        <CsvExport />
        <ExportCalendarButton />
      </fieldset>
      <fieldset>
        <button type="button" onClick={() => void backup()}>
          {t('options.data.backup')}
        </button>
        <label>
          {t('options.data.restore')}
          <input type="file" accept=".jsonl,.json,application/json" onChange={(e) => void restore(e)} />
        </label>
      </fieldset>
      {settings && <BackupSchedule settings={settings} now={Date.now()} />}
      {failed && (
        <p class="error" role="alert">
          {t('options.job.uploadFailed')}
        </p>
      )}
      {job && <JobStatus job={job} />}
    </section>
  );
}
