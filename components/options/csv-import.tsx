import { useMemo, useState } from 'preact/hooks';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@/lib/portability/csv-columns';
import { CSV_ENCODINGS, decodeBytes, detectEncoding, type CsvEncoding } from '@/lib/portability/csv-encoding';
import type { ImportMode } from '@/lib/portability/csv-import-options';
import { analyseCsv } from '@/lib/portability/csv-sniff';
import { useI18n } from '@/lib/panel/i18n-context';
import { uploadFile } from '@/lib/panel/upload-file';

/** Bytes read for the preview: enough for the header and the first rows of any export. */
const SAMPLE_BYTES = 64 * 1024;
const MODES: readonly ImportMode[] = ['update', 'skip', 'create'];
const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1250': 'Windows-1250',
  'windows-1251': 'Windows-1251',
};

interface Chosen {
  file: File;
  sample: Uint8Array;
}

/**
 * Import a CSV: the file's start is read here for a preview (its encoding guessed, the user can
 * change it and each column's field), then the whole file streams to the worker, which matches and
 * stores the rows as a job (lib/worker/jobs/csv-import.ts). Nothing is decoded here but the sample.
 */
export function CsvImport({ onStarted, onFailed }: { onStarted: (jobId: string) => void; onFailed: () => void }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [encoding, setEncoding] = useState<CsvEncoding>('utf-8');
  const [edits, setEdits] = useState<Record<number, ImportField | null>>({});
  const [mode, setMode] = useState<ImportMode>('update');
  const [deals, setDeals] = useState(false);
  const [busy, setBusy] = useState(false);
  const layout = useMemo(() => (chosen ? analyseCsv(decodeBytes(chosen.sample, encoding)) : null), [chosen, encoding]);
  const mapping: ColumnMapping = layout ? layout.mapping.map((f, i) => (i in edits ? edits[i]! : f)) : [];
  // A stage column opens each row's deal in its stage; without one, deals open only when the user asks (issue 19).
  const stageMapped = mapping.includes('stage');
  const choose = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
    setEncoding(detectEncoding(sample).encoding);
    setEdits({});
    setChosen({ file, sample });
  };
  const run = async () => {
    if (!chosen || !layout) return;
    setBusy(true);
    try {
      const importOptions = {
        delimiter: layout.delimiter,
        headerLine: layout.headerLine,
        mapping,
        mode,
        deals: deals && !stageMapped,
      };
      onStarted(await uploadFile(chosen.file, 'csv-import', chosen.file.name, { encoding, importOptions }));
      setChosen(null);
    } catch {
      onFailed();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="csv-import">
      {/* While a file waits, its run button is the one control named "Import…" (the contract's). */}
      {!chosen && (
        <label>
          {t('options.data.importCsv')}
          <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => void choose(e)} />
        </label>
      )}
      {chosen && layout && (
        <div class="import-preview">
          <label>
            {t('options.import.encoding')}
            <select value={encoding} onChange={(e) => setEncoding(e.currentTarget.value as CsvEncoding)}>
              {CSV_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {ENCODING_NAMES[enc]}
                </option>
              ))}
            </select>
          </label>
          <div class="table-scroll">
            <table>
              <caption>{t('options.import.preview')}</caption>
              <thead>
                <tr>
                  {layout.headers.map((h, i) => (
                    <th key={i} scope="col">
                      <span>{h}</span>
                      <select
                        aria-label={t('options.import.columnField', { column: h || String(i + 1) })}
                        value={mapping[i] ?? ''}
                        onChange={(e) =>
                          setEdits({ ...edits, [i]: (e.currentTarget.value || null) as ImportField | null })
                        }
                      >
                        <option value="">{t('options.import.field.none')}</option>
                        {IMPORT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {t(`options.import.field.${f}`)}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {layout.preview.map((r) => (
                  <tr key={r.line}>
                    {layout.headers.map((_, i) => (
                      <td key={i}>{r.cells[i] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset>
            <legend>{t('options.import.mode')}</legend>
            {MODES.map((m) => (
              <label key={m}>
                <input type="radio" name="import-mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(`options.import.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          {stageMapped ? (
            <p class="muted">{t('options.import.dealsByStage')}</p>
          ) : (
            <label>
              <input type="checkbox" checked={deals} onChange={(e) => setDeals(e.currentTarget.checked)} />
              {t('options.import.deals')}
            </label>
          )}
          <div class="row">
            <button type="button" disabled={busy} onClick={() => void run()}>
              {t('options.import.run', { file: chosen.file.name })}
            </button>
            <button type="button" disabled={busy} onClick={() => setChosen(null)}>
              {t('options.import.another')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
