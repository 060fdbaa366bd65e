import { describe, expect, it } from 'vitest';
import { companyKey, editDistance, isCloseName, nameSkeleton } from '../../../lib/domain/name-match';

describe('name matching', () => {
  it.each([
    ['Łukasz Nowak', 'Lukasz Nowak'],
    ['İlker Yılmaz', 'Ilker Yilmaz'],
    ['Олена Коваль', 'Olena Koval'],
    ['Ольга Шевчук', 'Olha Shevchuk'],
    ['Ольга Шевчук', 'Olga Shevchuk'],
    ['Олександр Коваль', 'Aleksandr Koval'.replace('A', 'O')],
    ['Nowak Anna', 'anna nowak'],
    ['สมชาย ใจดี', 'สมชาย ใจดี'],
  ])('%s and %s are the same name', (a, b) => {
    expect(isCloseName(a, b)).toBe('same');
  });

  it('allows one typo in long names only', () => {
    expect(isCloseName('Katarzyna Wiśniewska', 'Katarzyna Wisniewsk')).toBe('close');
    expect(isCloseName('Jan Nowak', 'Jan Nowicki')).toBe(false);
    expect(isCloseName('Anna', 'Anny')).toBe(false);
    expect(isCloseName('', 'Anna')).toBe(false);
  });

  it('does not match different Thai names', () => {
    expect(isCloseName('สมชาย ใจดี', 'สมหญิง ใจดี')).toBe(false);
  });

  it('builds order-independent skeletons', () => {
    expect(nameSkeleton('Yılmaz İlker')).toBe(nameSkeleton('ilker yilmaz'));
  });

  it('ignores legal forms and script in company names', () => {
    expect(companyKey('Allegro Sp. z o.o.')).toBe(companyKey('allegro'));
    expect(companyKey('ТОВ «СофтСерв»')).toBe(companyKey('SoftServ'));
    expect(companyKey('Türk Telekom A.Ş.')).toBe(companyKey('Turk Telekom AS'));
  });

  it('computes small edit distances and bails out early', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('abcdef', 'a', 1)).toBe(2);
  });
});
