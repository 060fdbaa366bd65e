import { describe, expect, it } from 'vitest';
import { mapByHeaders } from '@/lib/portability/csv-columns';
import { presetOf } from '@/lib/portability/csv-presets';
import { unquoteFormula } from '@/lib/portability/csv-formula';
import { rowOf, splitFullName } from '@/lib/portability/csv-rows';
import { analyseCsv, sniffDelimiter } from '@/lib/portability/csv-sniff';

describe('columns, delimiters and headers', () => {
  it('maps headers in every language Sidecar speaks, each field once but e-mails and phones', () => {
    expect(mapByHeaders(['Imię i nazwisko', 'E-mail', 'Firma', 'Stanowisko', 'Telefon', 'Etap'])).toEqual([
      'fullName',
      'email',
      'company',
      'title',
      'phone',
      'stage',
    ]);
    expect(mapByHeaders(['Ім’я', 'Прізвище', 'Пошта', 'Компанія'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'company',
    ]);
    expect(mapByHeaders(['Ad', 'Soyad', 'E-posta', 'Şirket'])).toEqual(['firstName', 'lastName', 'email', 'company']);
    expect(mapByHeaders(['ชื่อ', 'นามสกุล', 'อีเมล'])).toEqual(['firstName', 'lastName', 'email']);
    expect(mapByHeaders(['Company', 'Company name', 'Email', 'Work email', 'Favourite colour'])).toEqual([
      'company',
      null,
      'email',
      'email',
      null,
    ]);
    // A lone first-name column is the whole name ("Имя" on its own).
    expect(mapByHeaders(['Имя', 'Почта'])).toEqual(['fullName', 'email']);
  });

  it('recognises the CRM exports by their headers, and nothing else as one', () => {
    expect(presetOf(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])).toBe(
      'linkedin-connections',
    );
    expect(presetOf(['name', 'email'])).toBeNull();
  });

  it('finds the delimiter and the header row; a preview of the rows after it', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n"x;y";2;3')).toBe(';');
    expect(sniffDelimiter('a\tb\tc, d\n1\t2\t3, 4')).toBe('\t');
    expect(sniffDelimiter('name,email\nAnna,a@b.co')).toBe(',');
    const layout = analyseCsv('Exported 2026-04-01\n\nName;Email;Company\nAnna Nowak;anna@x.pl;X\n');
    expect(layout).toMatchObject({ delimiter: ';', headerLine: 3, headers: ['Name', 'Email', 'Company'] });
    expect(layout.preview.map((r) => r.cells[0])).toEqual(['Anna Nowak']);
  });
});

describe('a row through the mapping', () => {
  const row = (cells: string[], mapping = ['fullName', 'email', 'company'] as const) =>
    rowOf({ line: 7, cells }, [...mapping]);

  it('splits a full name when the file has only that ("Nowak, Jan" too)', () => {
    expect(splitFullName('Jan Maria Nowak')).toEqual({ givenName: 'Jan Maria', familyName: 'Nowak' });
    expect(splitFullName('Nowak, Jan')).toEqual({ givenName: 'Jan', familyName: 'Nowak' });
    expect(splitFullName('สมชาย')).toEqual({ givenName: 'สมชาย', familyName: null });
    expect(row(['Олена Коваленко', '', ''])).toMatchObject({
      ok: true,
      row: { displayName: 'Олена Коваленко', givenName: 'Олена', familyName: 'Коваленко', emails: [] },
    });
  });

  it('takes one leading quote off a neutralised formula, and only before = + - @ tab or CR', () => {
    expect(unquoteFormula("'=1+2")).toBe('=1+2');
    expect(unquoteFormula("'+48 601")).toBe('+48 601');
    expect(unquoteFormula("'tis")).toBe("'tis");
    // A value that itself began with a quote before a formula was given one more on export.
    expect(unquoteFormula("''=x")).toBe("'=x");
    expect(row(["'@handle", 'a@b.co', "'-5%"])).toMatchObject({
      ok: true,
      row: { displayName: '@handle', company: '-5%' },
    });
  });

  it('refuses rows it cannot import, saying why', () => {
    expect(row(['A', 'nope', ''])).toMatchObject({ ok: false, line: 7, problem: 'bad-email', detail: 'nope' });
    expect(row(['', '', 'Firma'])).toMatchObject({ ok: false, problem: 'no-name-or-email' });
    expect(row(['A', 'a@b.co'])).toMatchObject({ ok: false, problem: 'malformed-row' });
    expect(row(['A', 'a@b.co', 'X', 'extra'])).toMatchObject({ ok: false, problem: 'malformed-row' });
    expect(row(['A', 'a@b.co', 'X', '', ''])).toMatchObject({ ok: true });
    expect(row(['x'.repeat(301), '', ''])).toMatchObject({ ok: false, problem: 'too-long', detail: 'displayName' });
    expect(rowOf({ line: 2, cells: ['A', 'https://evil.example/in/a'] }, ['fullName', 'linkedinUrl'])).toMatchObject({
      ok: false,
      problem: 'bad-linkedin-url',
    });
  });

  it('reads several addresses in a cell, and lifecycle and lead source words', () => {
    const r = rowOf({ line: 2, cells: ['A', 'A@B.co; c@d.co', 'Sales Qualified Lead', 'Referral'] }, [
      'fullName',
      'email',
      'lifecycle',
      'leadSource',
    ]);
    expect(r).toMatchObject({
      ok: true,
      row: { emails: ['a@b.co', 'c@d.co'], lifecycle: 'sql', leadSource: 'referral' },
    });
  });
});
