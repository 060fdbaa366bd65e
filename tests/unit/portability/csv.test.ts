import { describe, expect, it } from 'vitest';
import { parseProspectsCsv, serializeProspectsCsv } from '@/lib/portability/csv';
import { captureContact } from '@/lib/worker/capture';
import type { DetectedContact } from '@/lib/domain/contact';
import type { SidecarDB } from '@/lib/db/schema';

const capturePerson = (
  db: SidecarDB,
  contact: DetectedContact,
  source: { pageKind: 'other'; url: string },
  now: number,
) => captureContact(db, { contact, source, leadSource: 'other' }, { now });
import { freshDb } from '../db/test-db';

describe('CSV import', () => {
  it('reads names in any script, headers in several languages, semicolons and a BOM', () => {
    const text =
      '\uFEFFImię i nazwisko;E-mail;LinkedIn URL;Firma\r\n' +
      'Łukasz Żółć;Lukasz@Firma.PL;https://pl.linkedin.com/in/lukasz-zolc?trk=x;Łąkowe Smaki\r\n' +
      'Олена Коваленко;;linkedin.com/in/olena-k;Cargolink\r\n' +
      'สมชาย ใจดี;somchai.j@siamfresh.co.th;;Siam Fresh\r\n';
    const { contacts, errors } = parseProspectsCsv(text);
    expect(errors).toEqual([]);
    expect(contacts.map((c) => [c.name, c.emails, c.linkedinUrl, c.company])).toEqual([
      ['Łukasz Żółć', ['lukasz@firma.pl'], 'https://www.linkedin.com/in/lukasz-zolc/', 'Łąkowe Smaki'],
      ['Олена Коваленко', [], 'https://www.linkedin.com/in/olena-k/', 'Cargolink'],
      ['สมชาย ใจดี', ['somchai.j@siamfresh.co.th'], null, 'Siam Fresh'],
    ]);
  });

  it('reports broken rows with their line numbers and keeps every good row', () => {
    const text = [
      'name,email,linkedin',
      'Good One,one@example.com,',
      ',,',
      'Bad Mail,not-an-email,',
      'Bad URL,,https://example.com/in/x',
      'Good Two,,https://www.linkedin.com/in/good-two/',
      `${'x'.repeat(400)},,`,
    ].join('\n');
    const { contacts, errors } = parseProspectsCsv(text);
    expect(contacts.map((c) => c.name)).toEqual(['Good One', 'Good Two']);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [4, 'bad-email'],
      [5, 'bad-linkedin-url'],
      [7, 'too-long'],
    ]);
  });

  it('keeps markup in a cell as plain text', () => {
    const { contacts } = parseProspectsCsv('name,email\n"<img src=x onerror=alert(1)>",x@example.com\n');
    expect(contacts[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('imports idempotently: the same file twice makes no duplicates', async () => {
    const db = await freshDb();
    const { contacts } = parseProspectsCsv(
      'name,email\nAyşe Şahin,ayse@example.com.tr\nİlker Yılmaz,ilker@example.com.tr\n',
    );
    for (let round = 0; round < 2; round++) {
      for (const c of contacts) await capturePerson(db, c, { pageKind: 'other', url: 'csv:list.csv' }, 1);
    }
    expect(await db.prospects.count()).toBe(2);
  });
});

describe('CSV export', () => {
  it('round-trips through the importer and neutralises spreadsheet formulas', async () => {
    const db = await freshDb();
    const { contacts } = parseProspectsCsv(
      'name,email,company\n=HYPERLINK("http://evil"),a@b.co,"Smith, Jones & Co"\nZofia Kowalczyk,z@k.pl,@risk\n',
    );
    for (const c of contacts) await capturePerson(db, c, { pageKind: 'other', url: 'csv:a' }, 1);
    const csv = serializeProspectsCsv(await db.prospects.orderBy('createdAt').toArray());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'@risk");
    const back = parseProspectsCsv(csv).contacts;
    expect(back.map((c) => c.emails[0]).sort()).toEqual(['a@b.co', 'z@k.pl']);
    expect(back.find((c) => c.emails[0] === 'a@b.co')?.company).toBe('Smith, Jones & Co');
  });
});

describe('CSV rows that do not fit', () => {
  it('a row with the wrong number of cells is reported, the rest imported', () => {
    const { contacts, errors } = parseProspectsCsv(
      'name,email\nA One,a@x.io\nB Two,b@x.io,extra,cells\n\nC Three,c@x.io\n',
    );
    expect(contacts.map((c) => c.name)).toEqual(['A One', 'C Three']);
    expect(errors).toEqual([{ line: 3, message: 'malformed-row', detail: '4 cells, 2 columns' }]);
  });
});
