import type { CsvImportResult } from '../db/rows';
import { csvLine, UTF8_BOM } from './csv-write';

/**
 * The rows an import did not take, as a CSV the user can fix and import again: the line and the
 * reason first, then the row's own cells under the file's header (a row too large to keep, or one
 * the reader could not split, has only its line and reason).
 */
export function importReportCsv(
  result: CsvImportResult,
  reasonOf: (code: string) => string,
  labels: [string, string],
): string {
  const lines = [UTF8_BOM, csvLine([...labels, ...result.headers])];
  for (const e of result.errors) {
    const reason = e.detail ? `${reasonOf(e.message)} ${e.detail}` : reasonOf(e.message);
    lines.push(csvLine([String(e.line), reason, ...(e.cells ?? [])]));
  }
  return lines.join('');
}
