import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes, detectEncoding, type CsvEncoding } from '@/lib/portability/csv-encoding';
import { readCsv } from '@/lib/portability/csv-reader';
import { rowOf, type ImportRow, type RowOutcome } from '@/lib/portability/csv-rows';
import { analyseCsv, type CsvLayout } from '@/lib/portability/csv-sniff';

/** The bytes of a sample in tests/fixtures/csv (written by its generate.mjs). */
export const csvBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.resolve('tests/fixtures/csv', name)));

export interface LoadedCsv {
  encoding: CsvEncoding;
  text: string;
  layout: CsvLayout;
  rows: ImportRow[];
  failed: { line: number; problem: string; detail: string }[];
}

/**
 * A sample read as the options page and the import job read a file: the encoding guessed from its
 * bytes, the layout from its start, then every row after the header through the mapping.
 */
export function loadCsv(name: string, encoding?: CsvEncoding): LoadedCsv {
  const bytes = csvBytes(name);
  const chosen = encoding ?? detectEncoding(bytes).encoding;
  const text = decodeBytes(bytes, chosen);
  const layout = analyseCsv(text);
  const { records, broken } = readCsv(text, layout.delimiter);
  const outcomes: RowOutcome[] = records
    .filter((r) => r.line > layout.headerLine && r.cells.some((c) => c.trim() !== ''))
    .map((r) => rowOf(r, layout.mapping));
  return {
    encoding: chosen,
    text,
    layout,
    rows: outcomes.flatMap((o) => (o.ok ? [o.row] : [])),
    failed: [
      ...broken.map((b) => ({ line: b.line, problem: b.problem, detail: '' })),
      ...outcomes.flatMap((o) => (o.ok ? [] : [{ line: o.line, problem: o.problem, detail: o.detail }])),
    ].sort((a, b) => a.line - b.line),
  };
}
