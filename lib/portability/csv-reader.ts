/** One row of a CSV file: its cells and the physical line it starts on (1-based, as a text editor counts). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A row the reader could not take: a quote never closed, or a row longer than any row may be. */
export interface CsvBrokenRow {
  line: number;
  problem: 'unclosed-quote' | 'row-too-long';
}

/** Where reading stopped: the text of a row not yet complete, the line it starts on, and whether to skip it. */
export interface CsvCarry {
  rest: string;
  line: number;
  /** The row in `rest` was too long: drop what follows up to the end of its line. */
  skipping: boolean;
}

export interface CsvChunk {
  records: CsvRecord[];
  broken: CsvBrokenRow[];
  carry: CsvCarry;
}

/** Longer rows are refused: a whole file inside one quote would otherwise be read as one cell. */
export const MAX_ROW_CHARS = 1_100_000;

export const START: CsvCarry = { rest: '', line: 1, skipping: false };

const NEWLINES = /\r\n|\r|\n/g;
const countLines = (s: string) => (s.includes('\n') || s.includes('\r') ? (s.match(NEWLINES)?.length ?? 0) : 0);
/** The index just past the end of the physical line holding `from` (a lone \r ends a line too). */
function endOfLine(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  const cr = text.indexOf('\r', from);
  const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
  if (at === -1) return -1;
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

type Parsed =
  { cells: string[]; end: number; lines: number } | { incomplete: true; quoted: boolean } | { unclosed: true };

/** Read one row from `start`: RFC 4180 quoting, any of \r\n, \n or \r between rows (files mix them). */
function parseRow(text: string, start: number, delimiter: string, stops: RegExp, final: boolean): Parsed {
  const cells: string[] = [];
  let i = start;
  let lines = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return { incomplete: true, quoted: true };
        if (text[q + 1] === '"') {
          cell += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        if (q + 1 === text.length && !final) return { incomplete: true, quoted: true };
        cell += text.slice(j, q);
        i = q + 1;
        break;
      }
      const inner = countLines(cell);
      // A quote that closed lines later, right before more text, was never meant to close there: the
      // quote opened on the first line was left open, and this one opens a later row's cell.
      if (inner > 0 && i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r')
        return { unclosed: true };
      lines += inner;
    }
    // Unquoted text, or what follows a closing quote before the delimiter (`"a"b` reads as `ab`).
    stops.lastIndex = i;
    const stop = stops.exec(text);
    const at = stop ? stop.index : text.length;
    cell += text.slice(i, at);
    cells.push(cell);
    if (stop && text[at] === delimiter) {
      i = at + delimiter.length;
      continue;
    }
    if (!stop) return final ? { cells, end: text.length, lines } : { incomplete: true, quoted: false };
    // A \r at the very end may be the first half of \r\n: wait for the next piece.
    if (text[at] === '\r' && at + 1 === text.length && !final) return { incomplete: true, quoted: false };
    const end = text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
    return { cells, end, lines: lines + 1 };
  }
}

/**
 * Read the complete rows of `text` (a piece of a file, after what `carry` held over from the
 * previous one) and hold over the incomplete last one. `final`: the file ends here. A quote never
 * closed (at the end of the file, or past MAX_ROW_CHARS) breaks only its own line: reading goes on
 * at the next line. Empty lines are skipped; every row keeps the line number it starts on.
 */
export function readCsvChunk(text: string, carry: CsvCarry, delimiter: string, final: boolean): CsvChunk {
  const records: CsvRecord[] = [];
  const broken: CsvBrokenRow[] = [];
  const stops = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g');
  let input = carry.rest + text;
  let line = carry.line;
  let at = 0;
  if (carry.skipping) {
    const end = endOfLine(input, 0);
    if (end === -1) return { records, broken, carry: final ? { ...START, line } : { rest: '', line, skipping: true } };
    at = end;
    line += 1;
  }
  while (at < input.length) {
    const row = parseRow(input, at, delimiter, stops, final);
    if (!('cells' in row)) {
      const tooLong = input.length - at > MAX_ROW_CHARS;
      if ('incomplete' in row && !final && !tooLong)
        return { records, broken, carry: { rest: input.slice(at), line, skipping: false } };
      broken.push({ line, problem: 'unclosed' in row || row.quoted ? 'unclosed-quote' : 'row-too-long' });
      // Only the row's first line is dropped: the quote that never closed swallowed the lines after it.
      const end = endOfLine(input, at);
      if (end === -1)
        return { records, broken, carry: final ? { ...START, line } : { rest: '', line, skipping: true } };
      input = input.slice(end);
      at = 0;
      line += 1;
      continue;
    }
    // A complete row past the limit is refused too, whatever size of pieces the file came in.
    if (row.end - at > MAX_ROW_CHARS) broken.push({ line, problem: 'row-too-long' });
    else if (!(row.cells.length === 1 && row.cells[0] === '')) records.push({ line, cells: row.cells });
    line += row.lines;
    at = row.end;
  }
  return { records, broken, carry: { rest: '', line, skipping: false } };
}

/** Read a whole text at once (a preview, a test). */
export function readCsv(text: string, delimiter: string): { records: CsvRecord[]; broken: CsvBrokenRow[] } {
  const { records, broken } = readCsvChunk(text, START, delimiter, true);
  return { records, broken };
}
