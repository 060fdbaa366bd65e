import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import type { CsvImportResult } from '@/lib/db/rows';
import type { CsvImportChoices, CsvImportOptions } from '@/lib/portability/csv-import-options';
import { decodeBytes } from '@/lib/portability/csv-encoding';
import { runJob } from '@/lib/worker/jobs/runner';
import { addPerson, freshDb } from '../../db/test-db';
import { csvBytes } from '../../portability/csv-load';
import { messagesFor } from '../harness';

const connections = decodeBytes(csvBytes('linkedin-connections.csv'), 'utf-8');

describe('CSV import: matching, choices, suppression and the report', () => {
  let db: SidecarDB;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
    m = messagesFor(db);
  });
  const importText = async (text: string, options?: CsvImportChoices, fileName = 'Connections.csv') => {
    const { jobId } = await m.sendOk('importCsv', { text, fileName, ...(options ? { options } : {}) });
    await runJob(db, jobId);
    const job = (await db.jobs.get(jobId))!;
    expect(job.status).toBe('done');
    return job.result as CsvImportResult;
  };

  it('LinkedIn’s Connections.csv: notes before the header, names joined, and a second import changes nothing', async () => {
    // Captured from LinkedIn before: the import fills in their address and stays one person.
    const known = await addPerson(db, {
      name: 'Marcus Feldman',
      linkedinUrl: 'https://www.linkedin.com/in/marcus-feldman-31a07b/',
    });
    expect(await importText(connections)).toMatchObject({ created: 6, updated: 1, skipped: 0, failed: 0 });
    const marcus = (await db.prospects.get(known))!;
    expect(marcus.emails).toEqual(['marcus.feldman@tillbrook.example']);
    expect(marcus.company).toBe('Tillbrook Foods');
    expect(marcus.provenance.company).toMatchObject({ source: 'csv', url: 'csv:Connections.csv' });
    const lukasz = (await db.prospects.where('emails').equals('lukasz.zolc@lakowe-smaki.example').first())!;
    expect(lukasz).toMatchObject({ displayName: 'Łukasz Żółć', givenName: 'Łukasz', familyName: 'Żółć' });
    expect(lukasz.title).toBe('Kierownik ds. Zakupów, Region Północ');
    const before = await db.prospects.toArray();
    expect(await importText(connections)).toMatchObject({ created: 0, updated: 0, skipped: 7, failed: 0 });
    expect(await db.prospects.toArray()).toEqual(before);
  });

  it('a row with only a name is found again by the next import of the file', async () => {
    const text = 'Name,Company\nАнна Шевченко,Нова Пошта\n';
    expect(await importText(text)).toMatchObject({ created: 1 });
    expect(await importText(text)).toMatchObject({ created: 0, skipped: 1 });
    expect(await db.prospects.count()).toBe(1);
  });

  it('“skip” leaves known people alone, “create” adds new ones beside them, and a changed mapping is used', async () => {
    const text = 'Who,Mail\nAyşe Şahin,ayse@example.com.tr\n';
    const mapping: CsvImportOptions['mapping'] = ['fullName', 'email'];
    expect(await importText(text, { mapping, mode: 'update' })).toMatchObject({ created: 1 });
    await importText('Who,Mail\nAyşe Ş.,ayse@example.com.tr\n', { mapping, mode: 'skip' });
    expect((await db.prospects.toArray()).map((p) => p.displayName)).toEqual(['Ayşe Şahin']);
    expect(await importText(text, { mapping, mode: 'create' })).toMatchObject({ created: 1 });
    expect(await db.prospects.count()).toBe(2);
  });

  it('a forgotten person is skipped, never brought back', async () => {
    const personId = await addPerson(db, { name: 'Marcus Feldman', emails: ['marcus.feldman@tillbrook.example'] });
    await m.sendOk('forgetPerson', { personId });
    const result = await importText(connections);
    expect(result).toMatchObject({ created: 6, skipped: 1 });
    expect(await db.prospects.where('emails').equals('marcus.feldman@tillbrook.example').count()).toBe(0);
  });

  it('reports every row it did not take with its line, reason and cells; a formula’s quote is taken off', async () => {
    const text = decodeBytes(csvBytes('broken-rows.csv'), 'utf-8');
    const result = await importText(text, undefined, 'broken.csv');
    expect(result.headers).toEqual(['name', 'email', 'company']);
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'unclosed-quote'],
      [5, 'malformed-row'],
      [6, 'malformed-row'],
      [7, 'bad-email'],
      [8, 'too-long'],
    ]);
    expect(result.errors[2]!.cells).toEqual(['Too few']);
    // The megabyte-long row is counted and listed, without its cells.
    expect(result.errors[4]!.cells).toBeUndefined();
    const formula = await db.prospects.where('emails').equals('formula@example.com').first();
    expect(formula).toMatchObject({ displayName: '=HYPERLINK("http://evil.example")', company: '@risk' });
  });
});
