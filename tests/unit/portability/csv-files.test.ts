import { describe, expect, it } from 'vitest';
import { detectEncoding } from '@/lib/portability/csv-encoding';
import { csvBytes, loadCsv } from './csv-load';

const people = (name: string) =>
  loadCsv(name).rows.map((r) => [r.displayName, r.emails.join(' '), r.company, r.title, r.linkedinUrl]);

describe('CSV samples as spreadsheets and CRMs save them (tests/fixtures/csv)', () => {
  it("LinkedIn's Connections.csv: its notes skipped, first and last name joined, the profile URL as the identity", () => {
    const { layout, rows, failed, encoding } = loadCsv('linkedin-connections.csv');
    expect(encoding).toBe('utf-8');
    expect(layout).toMatchObject({ preset: 'linkedin-connections', headerLine: 4, delimiter: ',' });
    expect(layout.mapping).toEqual(['firstName', 'lastName', 'linkedinUrl', 'email', 'company', 'title', null]);
    expect(failed).toEqual([]);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({
      line: 5,
      displayName: 'Rebecca Thornton',
      givenName: 'Rebecca',
      familyName: 'Thornton',
      linkedinUrl: 'https://www.linkedin.com/in/rebecca-thornton-7b2a91/',
      company: 'Quillfeather',
      title: 'VP Revenue Operations',
      emails: [],
    });
    expect(rows.map((r) => r.displayName)).toContain('Олена Коваленко');
    expect(rows.find((r) => r.familyName === 'Żółć')).toMatchObject({
      company: 'Łąkowe Smaki sp. z o.o.',
      title: 'Kierownik ds. Zakupów, Region Północ',
      emails: ['lukasz.zolc@lakowe-smaki.example'],
    });
  });

  it('HubSpot: BOM, CRLF, every cell quoted; its lifecycle words read as ours', () => {
    const { layout, rows } = loadCsv('hubspot-contacts.csv');
    expect(layout.preset).toBe('hubspot');
    expect(rows.map((r) => [r.displayName, r.phones, r.lifecycle])).toEqual([
      ['Hannah Lindgren', ['+46 70 123 45 67'], 'mql'],
      ['Ayşe Şahin', [], 'lead'],
      ['Zofia Kowalczyk', ['+48 601 234 567'], 'customer'],
    ]);
    expect(rows[2]!.company).toBe('Firma "Nowa" sp. j.');
  });

  it('Pipedrive: "Person - …" columns, work and home addresses both kept, labels as tags, deals ignored', () => {
    const { layout, rows } = loadCsv('pipedrive-people.csv');
    expect(layout.preset).toBe('pipedrive');
    expect(layout.mapping).toEqual(['fullName', 'company', 'email', 'email', 'phone', 'tags', null]);
    expect(rows[0]).toMatchObject({
      displayName: 'Grzegorz Brzęczyszczykiewicz',
      givenName: 'Grzegorz',
      familyName: 'Brzęczyszczykiewicz',
      emails: ['g.brzeczyszczykiewicz@chrz.example', 'grzes@poczta.example'],
      tags: ['Hot lead', 'Q3'],
    });
    expect(people('pipedrive-people.csv').map((p) => p[0])).toEqual([
      'Grzegorz Brzęczyszczykiewicz',
      'Тарас Шевченко',
      'Nguyen Van An',
    ]);
  });

  it('Apollo: its several phone columns, lists as tags, the LinkedIn URL; its "Stage" is not taken as a pipeline stage', () => {
    const { layout, rows } = loadCsv('apollo-contacts.csv');
    expect(layout.preset).toBe('apollo');
    expect(layout.mapping.filter((f) => f === 'stage')).toEqual([]);
    expect(rows[0]).toMatchObject({
      displayName: 'Rajesh Iyer',
      phones: ['+91 80 4000 1234', '+91 98450 12345'],
      tags: ['Q3 outbound', 'RevOps'],
      linkedinUrl: 'https://www.linkedin.com/in/rajesh-iyer-revops/',
      location: 'Bengaluru',
      stage: null,
    });
  });

  it('Salesforce: "Account Name" is the company, lead source and description kept', () => {
    const { layout, rows } = loadCsv('salesforce-contacts.csv');
    expect(layout.preset).toBe('salesforce');
    expect(rows[0]).toMatchObject({
      displayName: 'Aisha Bello',
      company: 'Lagos Freight Ltd',
      leadSource: 'referral',
      notes: 'Met at the Lagos logistics summit',
    });
    expect(rows[1]).toMatchObject({ displayName: 'Søren Møller', phones: ['+45 20 12 34 56'], leadSource: null });
  });

  it('a Polish sheet in Windows-1250 with semicolons reads "Łukasz Żółć"', () => {
    expect(detectEncoding(csvBytes('excel-pl-windows-1250.csv'))).toEqual({ encoding: 'windows-1250', by: 'letters' });
    const { layout, rows } = loadCsv('excel-pl-windows-1250.csv');
    expect(layout.delimiter).toBe(';');
    expect(rows.map((r) => r.displayName)).toEqual([
      'Łukasz Żółć',
      'Małgorzata Wiśniewska-Żurek',
      'Grzegorz Brzęczyszczykiewicz',
      'Józef Ślęzak',
    ]);
    expect(rows[0]).toMatchObject({ company: 'Łąkowe Smaki sp. z o.o.', phones: ['+48 601 100 200'] });
  });

  it('a Ukrainian sheet in Windows-1251 reads its Cyrillic; the user may still choose another encoding', () => {
    expect(detectEncoding(csvBytes('excel-uk-windows-1251.csv')).encoding).toBe('windows-1251');
    const { rows } = loadCsv('excel-uk-windows-1251.csv');
    expect(rows.map((r) => [r.displayName, r.company])).toEqual([
      ['Олена Коваленко', 'Cargolink'],
      ['Тарас Шевченко', 'Severtrans'],
      ['Ірина Ґалаґан', 'Їжак і Син'],
    ]);
    expect(loadCsv('excel-uk-windows-1251.csv', 'windows-1250').rows[0]!.displayName).not.toBe('Олена Коваленко');
  });

  it('UTF-16 LE (Excel "Unicode text", tabs) and UTF-16 BE, by their BOMs; UTF-8 with a BOM', () => {
    const le = loadCsv('excel-unicode-utf16le.csv');
    expect([le.encoding, le.layout.delimiter]).toEqual(['utf-16le', '\t']);
    expect(le.rows.map((r) => [r.displayName, r.tags])).toEqual([
      ['สมชาย ใจดี', ['Thai', 'retail']],
      ['Олена Коваленко', []],
      ['İlker Yılmaz', ['TR']],
    ]);
    const be = loadCsv('utf16be.csv');
    expect(be.encoding).toBe('utf-16be');
    expect(be.rows.map((r) => [r.displayName, r.givenName, r.familyName])).toEqual([
      ['Łukasz Żółć', 'Łukasz', 'Żółć'],
      ['Анна Лебедева', 'Анна', 'Лебедева'],
    ]);
    expect(loadCsv('utf8-bom.csv').layout.headers[0]).toBe('name');
  });

  it('broken rows are reported with their line and reason; every good row around them is read', () => {
    const { rows, failed } = loadCsv('broken-rows.csv');
    expect(failed.map((f) => [f.line, f.problem])).toEqual([
      [3, 'unclosed-quote'],
      [5, 'malformed-row'],
      [6, 'malformed-row'],
      [7, 'bad-email'],
      [8, 'too-long'],
    ]);
    expect(rows.map((r) => [r.line, r.displayName])).toEqual([
      [2, 'Good One'],
      [4, 'Good Two'],
      [9, 'Quoted\nacross lines'],
      [12, '=HYPERLINK("http://evil.example")'],
      [13, 'Good Three'],
    ]);
    expect(rows.find((r) => r.line === 12)?.company).toBe('@risk');
  });
});
