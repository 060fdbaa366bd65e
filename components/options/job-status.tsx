import type { CsvImportResult, JobRow } from '@/lib/db/rows';
import type { RestoreSummary as Summary } from '@/lib/portability/backup-check';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { ImportOutcome } from './import-outcome';
import { RestoreSummary } from './restore-summary';

/** A failure worth trying again from where it stopped (the disk, the database), not a file that is wrong. */
const retryable = (error: string | null) => error === null || error === 'internal' || error.startsWith('storage-');

/** What the job is doing now, as a sentence. */
function stepText(job: JobRow, t: (key: string, params?: Record<string, string | number>) => string): string {
  const { done, total } = job.progress;
  if (job.status === 'receiving') return t('options.job.receiving', { done });
  if (job.kind === 'csv-import')
    return job.phase === 'parse' ? t('options.job.reading') : t('options.job.importing', { done, total });
  if (job.phase === 'validate') return t('options.job.checking');
  return job.phase === 'switch' ? t('options.job.switching') : t('options.job.restoring', { done, total });
}

/** A job's progress bar, its outcome, and what the user can do about it (confirm, cancel, try again). */
export function JobStatus({ job }: { job: JobRow }) {
  const { t } = useI18n();
  const send = useSend();
  const act = (name: 'confirmJob' | 'cancelJob' | 'resumeJob') => void send(name, { jobId: job.id }).catch(() => null);
  const errorText = (code: string) =>
    code.startsWith('storage-') || code === 'internal' ? t(`error.${code}`) : t(`options.job.error.${code}`);
  const running = job.status === 'running' || job.status === 'receiving';
  return (
    <div class="job" role="status" aria-live="polite">
      {running && (
        <>
          <p>{stepText(job, t)}</p>
          <progress
            aria-label={stepText(job, t)}
            max={job.progress.total || undefined}
            value={job.progress.total ? job.progress.done : undefined}
          />
        </>
      )}
      {job.status === 'awaiting-confirmation' && <RestoreSummary summary={job.result as Summary} />}
      {job.status === 'done' && job.kind === 'csv-import' && (
        <ImportOutcome result={job.result as CsvImportResult} fileName={String(job.params.fileName ?? 'import')} />
      )}
      {job.status === 'done' && job.kind === 'restore' && (
        <p>
          {t('options.job.restored', {
            count: Object.values((job.result as { restored: Record<string, number> }).restored).reduce(
              (a, b) => a + b,
              0,
            ),
          })}
        </p>
      )}
      {job.status === 'cancelled' && (
        <p>{t(job.kind === 'restore' ? 'options.job.restoreCancelled' : 'options.job.importCancelled')}</p>
      )}
      {job.status === 'failed' && <p class="error">{errorText(job.error ?? 'internal')}</p>}
      <div class="job-actions">
        {job.status === 'awaiting-confirmation' && (
          <button type="button" onClick={() => act('confirmJob')}>
            {t('options.restore.confirm')}
          </button>
        )}
        {job.status === 'failed' && retryable(job.error) && (
          <button type="button" onClick={() => act('resumeJob')}>
            {t('options.job.resume')}
          </button>
        )}
        {(running || job.status === 'awaiting-confirmation' || job.status === 'failed') && (
          <button type="button" onClick={() => act('cancelJob')}>
            {t('options.job.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
