// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
// formula: "CSV injection" (OWASP). Every exported cell that starts so gets a leading `'`, which
// spreadsheets show as text; the importer takes one such quote off again, so a round trip keeps the
// value. A value that itself starts with quotes before such a character gets one more, for the same reason.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell safe to open in a spreadsheet: a leading `'` before a formula's first character. */
export const neutraliseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** The value a neutralised cell stood for: one leading `'` taken off, and only before those characters. */
export const unquoteFormula = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
