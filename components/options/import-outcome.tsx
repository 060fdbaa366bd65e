import type { CsvImportResult } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { downloadFile } from '@/lib/panel/download-file';
import { importReportCsv } from '@/lib/portability/import-report';

/** Rows listed on the page; the downloadable report has every row kept. */
const LISTED = 50;

/** An import's counts, and the rows it did not take with their line and reason (downloadable as CSV). */
export function ImportOutcome({ result, fileName }: { result: CsvImportResult; fileName: string }) {
  const { t } = useI18n();
  const reasonOf = (code: string) => t(`csv.${code}`);
  const download = () =>
    downloadFile(
      importReportCsv(result, reasonOf, [t('options.import.report.line'), t('options.import.report.reason')]),
      `${fileName.replace(/\.[^.]*$/, '')}-not-imported.csv`,
      'text/csv;charset=utf-8',
    );
  return (
    <>
      <p>
        {t('options.import.result', {
          created: result.created,
          updated: result.updated,
          skipped: result.skipped,
          failed: result.failed,
        })}
      </p>
      {(result.deals ?? 0) > 0 && <p>{t('options.import.dealsOpened', { count: result.deals ?? 0 })}</p>}
      {(result.stagesNotFound ?? []).length > 0 && (
        <ul class="import-errors">
          {(result.stagesNotFound ?? []).slice(0, LISTED).map((s) => (
            <li key={s.line}>{t('options.import.stageNotFound', { line: s.line, stage: s.stage })}</li>
          ))}
        </ul>
      )}
      {result.errors.length > 0 && (
        <>
          <ul class="import-errors">
            {result.errors.slice(0, LISTED).map((er) => (
              <li key={er.line}>
                {t('options.data.rowError', { line: er.line, error: reasonOf(er.message), detail: er.detail })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={download}>
            {t('options.import.report.download')}
          </button>
        </>
      )}
    </>
  );
}
