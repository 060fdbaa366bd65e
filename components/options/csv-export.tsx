import { useState } from 'preact/hooks';
import { resolveStageName } from '@/lib/domain/pipeline';
import { EXPORT_KINDS, EXPORT_PRESETS, type ExportKind, type ExportPreset } from '@/lib/portability/csv-export-columns';
import { useDb } from '@/lib/panel/db-context';
import { datedFileName, downloadFile } from '@/lib/panel/download-file';
import { exportCsvParts } from '@/lib/panel/export-csv';
import { useI18n } from '@/lib/panel/i18n-context';

/** Export one kind of record to CSV, with Sidecar's column names or those HubSpot or Pipedrive import as they are. */
export function CsvExport() {
  const db = useDb();
  const { t } = useI18n();
  const [kind, setKind] = useState<ExportKind>('people');
  const [preset, setPreset] = useState<ExportPreset>('sidecar');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const run = async () => {
    setProgress({ done: 0, total: 0 });
    try {
      const pipelines = await db.pipelines.toArray();
      const names = {
        pipelineName: (id: string) => {
          const pipeline = pipelines.find((p) => p.id === id);
          return pipeline ? resolveStageName(pipeline, t) : id;
        },
        stageName: (pid: string, sid: string) => {
          const stage = pipelines.find((p) => p.id === pid)?.stages.find((s) => s.id === sid);
          return stage ? resolveStageName(stage, t) : sid;
        },
      };
      const parts = await exportCsvParts(db, kind, preset, names, (done, total) => setProgress({ done, total }));
      downloadFile(parts, datedFileName(`${kind}-${preset}`, 'csv'), 'text/csv;charset=utf-8');
    } finally {
      setProgress(null);
    }
  };
  return (
    <div class="csv-export row">
      <label>
        {t('options.export.what')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExportKind)}>
          {EXPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`options.export.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('options.export.columns')}
        <select value={preset} onChange={(e) => setPreset(e.currentTarget.value as ExportPreset)}>
          {EXPORT_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`options.export.preset.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={progress !== null} onClick={() => void run()}>
        {t('options.data.exportCsv')}
      </button>
      {progress && (
        <progress
          aria-label={t('options.export.progress')}
          max={progress.total || undefined}
          value={progress.total ? progress.done : undefined}
        />
      )}
    </div>
  );
}
