import { COLUMNS, type Column, type ExportContext, type ExportKind, type ExportPreset } from './csv-export-columns';
import { csvLine, UTF8_BOM } from './csv-write';

// A number a CRM can take as it is: digits, spaces, brackets, dots, dashes, slashes, one leading +.
const PHONE = /^\+?[\d\s()./-]{3,50}$/;
const isPhoneList = (cell: string) => cell.split('; ').every((p) => PHONE.test(p));

const columnsOf = <R>(kind: ExportKind, preset: ExportPreset): Column<R>[] =>
  (COLUMNS[kind] as unknown as Column<R>[]).filter((c) => c.header[preset] !== undefined);

/** The file's start: a BOM (so Excel reads UTF-8) and the preset's header row. */
export function exportHeader(kind: ExportKind, preset: ExportPreset): string {
  return UTF8_BOM + csvLine(columnsOf(kind, preset).map((c) => c.header[preset]!));
}

/**
 * Rows of an export as CSV text. Every cell is neutralised against formula injection, except a CRM
 * preset's phone columns holding valid numbers ("+48 601 100 200" must reach HubSpot as a number,
 * not as text with a quote); an invalid one is neutralised like any cell.
 */
export function exportRows<R>(kind: ExportKind, preset: ExportPreset, rows: readonly R[], ctx: ExportContext): string {
  const columns = columnsOf<R>(kind, preset);
  let out = '';
  for (const row of rows) {
    const cells = columns.map((c) => c.value(row, ctx, preset));
    const raw = new Set<number>();
    if (preset !== 'sidecar')
      columns.forEach((c, i) => {
        if (c.phone && isPhoneList(cells[i]!)) raw.add(i);
      });
    out += csvLine(cells, raw);
  }
  return out;
}
