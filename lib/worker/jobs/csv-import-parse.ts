import { suppressionKeysOf } from '../../domain/suppression';
import type { SidecarDB } from '../../db/schema';
import type { CsvImportResult, JobRow } from '../../db/rows';
import { countJobData, getJobData } from '../../db/repositories/jobs';
import { CsvImportOptionsSchema, type ImportMode } from '../../portability/csv-import-options';
import { readCsvChunk, START, type CsvCarry } from '../../portability/csv-reader';
import { rowOf, type ImportRow } from '../../portability/csv-rows';
import { analyseCsv } from '../../portability/csv-sniff';
import { suppressedAmong } from '../suppression';
import { rowDealsOf, type RowDeal } from './import-stages';
import { rowIdName, type RowNaming } from './line-ids';

/** One row to apply: what it says, how its new ids are named (line-ids.ts), and whether they were forgotten. */
export type ImportItem = RowNaming & {
  row: ImportRow;
  suppressed: boolean;
  /** The deal the row opens (lib/worker/jobs/import-stages.ts). */
  deal: RowDeal;
};

/** Row errors kept for the report (all are counted); a kept row's cells only when they are not huge. */
const ERRORS_KEPT = 1000;
const CELLS_KEPT_CHARS = 20_000;

type ImportError = CsvImportResult['errors'][number];

/**
 * Read the whole input (its pieces in order, through the resumable reader: quotes across pieces, mixed
 * line ends), with the options page's delimiter, header line and mapping (else the file's own, as the
 * preview read it): the rows to apply, and every row that cannot be imported with its line and why.
 */
export async function readImport(
  db: SidecarDB,
  job: JobRow,
): Promise<{ items: ImportItem[]; result: CsvImportResult; mode: ImportMode }> {
  const options = CsvImportOptionsSchema.parse(job.params.options ?? {});
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  let errorCount = 0;
  const fail = (e: ImportError) => {
    errorCount += 1;
    if (errors.length < ERRORS_KEPT) errors.push(e);
  };
  const n = await countJobData(db, job.id, 'in');
  let carry: CsvCarry = START;
  let layout: ReturnType<typeof analyseCsv> | null = null;
  for (let seq = 0; seq < n; seq++) {
    const text = String(await getJobData(db, job.id, 'in', seq));
    layout ??= analyseCsv(text.replace(/^\uFEFF/, ''), options.delimiter);
    const headerLine = options.headerLine ?? layout.headerLine;
    const mapping = options.mapping ?? layout.mapping;
    const chunk = readCsvChunk(seq === 0 ? text.replace(/^\uFEFF/, '') : text, carry, layout.delimiter, seq === n - 1);
    carry = chunk.carry;
    for (const b of chunk.broken) if (b.line > headerLine) fail({ line: b.line, message: b.problem, detail: '' });
    for (const record of chunk.records) {
      if (record.line <= headerLine || record.cells.every((c) => c.trim() === '')) continue;
      const outcome = rowOf(record, mapping);
      if (outcome.ok) rows.push(outcome.row);
      else {
        const small = record.cells.reduce((a, c) => a + c.length, 0) <= CELLS_KEPT_CHARS;
        fail({
          line: outcome.line,
          message: outcome.problem,
          detail: outcome.detail,
          ...(small ? { cells: record.cells } : {}),
        });
      }
    }
  }
  // Hashing needs crypto.subtle, which cannot run inside a transaction: done here, before the steps.
  const flags = await suppressedAmong(
    db,
    rows.map((r) => suppressionKeysOf({ emails: r.emails, linkedinUrl: r.linkedinUrl })),
  );
  const names = rows.map((r) => rowIdName(job.id, r, options.mode));
  const deals = await rowDealsOf(db, rows, options.mapping ?? layout?.mapping ?? [], options.deals);
  const items = rows.map((row, i) => ({ row, idName: names[i]!, suppressed: flags[i]!, deal: deals[i]! }));
  const result: CsvImportResult = {
    created: 0,
    updated: 0,
    skipped: 0,
    failed: errorCount,
    headers: layout?.headers ?? [],
    errors,
    errorCount,
    deals: 0,
    stagesNotFound: [],
  };
  return { items, result, mode: options.mode };
}
