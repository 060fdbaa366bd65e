import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../../lib/domain/glob';
import { isNeverLogged } from '../../../lib/domain/settings';

/** The reference: dynamic programming over (pattern, value) prefixes, obviously right and slow. */
function referenceMatch(pattern: string, value: string): boolean {
  let row = [true, ...Array<boolean>(value.length).fill(false)];
  for (const ch of pattern) {
    const next = [ch === '*' && row[0] === true];
    for (let j = 1; j <= value.length; j++)
      next[j] = ch === '*' ? row[j] === true || next[j - 1] === true : row[j - 1] === true && value[j - 1] === ch;
    row = next;
  }
  return row[value.length] === true;
}

// Few letters, so stars, repeats and near-misses are common.
const text = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', '.', '-'), maxLength: max });
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', '.', '*', '*'), maxLength: 12 });

describe('matchesGlob', () => {
  it('agrees with the reference on every pattern and value (property)', () => {
    fc.assert(
      fc.property(pattern, text(16), (p, v) => {
        expect(matchesGlob(p, v)).toBe(referenceMatch(p, v));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with the reference on values built from the pattern (property)', () => {
    fc.assert(
      fc.property(pattern, fc.array(text(4), { maxLength: 6 }), (p, fills) => {
        let i = 0;
        const v = p.replace(/\*/g, () => fills[i++] ?? '');
        expect(matchesGlob(p, v)).toBe(true);
        expect(referenceMatch(p, v)).toBe(true);
      }),
    );
  });

  it.each([
    ['noreply*', 'noreply-billing', true],
    ['*-notifications', 'jobs-notifications', true],
    ['*-notifications', 'notifications', false],
    ['a.b+c', 'a.b+c', true],
    ['a.b+c', 'aXb+c', false],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['a**b', 'ab', true],
  ])('%s ~ %s → %s', (p, v, expected) => expect(matchesGlob(p, v)).toBe(expected));

  it('answers a backtracking bomb at once (the RegExp it replaced took exponential time)', () => {
    const bomb = `${'a*'.repeat(150)}b`;
    expect(matchesGlob(bomb, 'a'.repeat(320))).toBe(false);
    const settings = { neverLog: { addresses: [`${'a*'.repeat(100)}b@*`], domains: [] } };
    expect(isNeverLogged(`${'a'.repeat(60)}@example.com`, settings)).toBe(false);
  });
});
