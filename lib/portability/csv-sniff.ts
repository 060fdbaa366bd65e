import { fieldOfHeader, type ColumnMapping } from './csv-columns';
import { mapColumns, presetOf, type CsvPreset } from './csv-presets';
import { readCsv, type CsvRecord } from './csv-reader';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** What the start of a file says about all of it, for the preview and the import's defaults. */
export interface CsvLayout {
  delimiter: CsvDelimiter;
  /** The line of the header row: LinkedIn's Connections.csv has three lines of notes before it. */
  headerLine: number;
  headers: string[];
  preset: CsvPreset | null;
  mapping: ColumnMapping;
  /** The first rows after the header. */
  preview: CsvRecord[];
}

const LINES = 30;

/** Count a character outside quotes, line by line, over the first lines. */
function countsPerLine(text: string, c: string): number[] {
  const counts: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === c) n++;
    else if (!quoted && ch === '\n') {
      if (n > 0) counts.push(n);
      n = 0;
    }
  }
  if (n > 0) counts.push(n);
  return counts;
}

/**
 * The delimiter that splits most lines into the same number of cells (Excel in Polish or Ukrainian
 * writes semicolons; its "Unicode text" writes tabs). Ties go to the comma.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const d of CSV_DELIMITERS) {
    const counts = countsPerLine(text, d);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const x of counts) freq.set(x, (freq.get(x) ?? 0) + 1);
    const [mode, times] = [...freq].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = times * Math.min(mode, 8);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** The header row: the first of the first rows that names two fields Sidecar knows, else the first row. */
function headerOf(records: readonly CsvRecord[]): CsvRecord | undefined {
  const candidates = records.slice(0, 12);
  const named = candidates.find(
    (r) => presetOf(r.cells) !== null || r.cells.filter((c) => fieldOfHeader(c) !== null).length >= 2,
  );
  return named ?? candidates.find((r) => r.cells.filter((c) => c.trim() !== '').length >= 2) ?? candidates[0];
}

/** Read the start of a file (a sample of it; the last row may be cut): delimiter, header, mapping, preview. */
export function analyseCsv(sample: string, delimiter: CsvDelimiter = sniffDelimiter(sample), rows = 5): CsvLayout {
  // The sample may end inside a row: drop the unfinished last line before reading it.
  const cut = sample.length > 1000 ? sample.slice(0, Math.max(sample.lastIndexOf('\n'), 1)) : sample;
  const { records } = readCsv(cut.replace(/^\uFEFF/, ''), delimiter);
  const header = headerOf(records);
  const headers = header?.cells.map((c) => c.trim()) ?? [];
  const preset = presetOf(headers);
  return {
    delimiter,
    headerLine: header?.line ?? 1,
    headers,
    preset,
    mapping: mapColumns(headers, preset),
    preview: records.filter((r) => r.line > (header?.line ?? 0)).slice(0, rows),
  };
}
