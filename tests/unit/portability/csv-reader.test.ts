import { describe, expect, it } from 'vitest';
import {
  MAX_ROW_CHARS,
  readCsv,
  readCsvChunk,
  START,
  type CsvCarry,
  type CsvRecord,
} from '@/lib/portability/csv-reader';

/** Read a text in pieces of `size` characters, as the import job does with the pieces of an upload. */
function readInPieces(text: string, size: number, delimiter = ',') {
  let carry: CsvCarry = START;
  const records: CsvRecord[] = [];
  const broken: { line: number; problem: string }[] = [];
  for (let i = 0; i < text.length || i === 0; i += size) {
    const final = i + size >= text.length;
    const chunk = readCsvChunk(text.slice(i, i + size), carry, delimiter, final);
    records.push(...chunk.records);
    broken.push(...chunk.broken);
    carry = chunk.carry;
  }
  return { records, broken };
}

describe('reading CSV rows', () => {
  it('reads quotes, escaped quotes, delimiters and newlines inside quotes, with the line each row starts on', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,row,here';
    expect(readCsv(text, ',').records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, cells: ['last', 'row', 'here'] },
    ]);
  });

  it('takes \\r\\n, \\n and a lone \\r in one file, and skips empty lines without losing count', () => {
    const text = 'h1;h2\r\nA;1\n\nB;2\rC;3\r\n\r\nD;4';
    expect(readCsv(text, ';').records).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 2, cells: ['A', '1'] },
      { line: 4, cells: ['B', '2'] },
      { line: 5, cells: ['C', '3'] },
      { line: 7, cells: ['D', '4'] },
    ]);
  });

  it('reads tabs as the delimiter when asked, and keeps commas in cells', () => {
    expect(readCsv('a\tb, c\n1\t2', '\t').records.map((r) => r.cells)).toEqual([
      ['a', 'b, c'],
      ['1', '2'],
    ]);
  });

  it('a quote never closed breaks only its own line; the rows after it are read', () => {
    const text = 'name,email\n"Broken,a@b.co\nGood One,good@x.io\nAlso Good,also@x.io\n';
    const { records, broken } = readCsv(text, ',');
    expect(broken).toEqual([{ line: 2, problem: 'unclosed-quote' }]);
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'name'],
      [3, 'Good One'],
      [4, 'Also Good'],
    ]);
  });

  it('reads the same rows whatever size the pieces are, even cut inside a quote or between \\r and \\n', () => {
    const text = 'n,e\r\n"Łukasz ""Łuki"" Żółć","multi\r\nline"\r\nОлена,o@x.ua\r\n"open,q\r\nสมชาย,s@x.th';
    const whole = readCsv(text, ',');
    for (const size of [1, 2, 3, 5, 7, 64]) expect(readInPieces(text, size)).toEqual(whole);
    expect(whole.broken).toEqual([{ line: 5, problem: 'unclosed-quote' }]);
    expect(whole.records.at(-1)).toEqual({ line: 6, cells: ['สมชาย', 's@x.th'] });
  });

  it('a line of a megabyte is a row like any other; one past the limit is refused and reading goes on', () => {
    const mb = 'x'.repeat(1_000_000);
    const ok = readInPieces(`a,b\n${mb},1\nnext,2\n`, 1 << 20);
    expect(ok.records.map((r) => [r.line, r.cells[0]!.length])).toEqual([
      [1, 1],
      [2, 1_000_000],
      [3, 4],
    ]);
    const huge = `a,b\n${'y'.repeat(MAX_ROW_CHARS + 10)}\nnext,2\n`;
    const refused = readInPieces(huge, 1 << 18);
    expect(refused.broken).toEqual([{ line: 2, problem: 'row-too-long' }]);
    expect(refused.records.map((r) => r.line)).toEqual([1, 3]);
  });
});
