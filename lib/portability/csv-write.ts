import { neutraliseFormula } from './csv-formula';

/** Excel reads a UTF-8 file as its ANSI code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** One cell as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line end. */
export const quoteCell = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/**
 * One row of CSV, every cell neutralised against formula injection except the columns in `raw`
 * (a CRM preset's phone numbers, validated instead); lines end in \r\n as RFC 4180 and Excel write.
 */
export function csvLine(cells: readonly string[], raw: ReadonlySet<number> = new Set()): string {
  return `${cells.map((c, i) => quoteCell(raw.has(i) ? c : neutraliseFormula(c))).join(',')}\r\n`;
}
