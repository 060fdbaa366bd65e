import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import type { CsvImportResult } from '@/lib/db/rows';
import { toChromeMessages } from '@/lib/i18n/catalogue';
import type { CsvImportChoices } from '@/lib/portability/csv-import-options';
import { runJob } from '@/lib/worker/jobs/runner';
import en from '@/locales/en.json';
import pl from '@/locales/pl.json';
import { addPerson, freshDb } from '../../db/test-db';
import { messagesFor } from '../harness';

/** The packaged catalogues the worker fetches (_locales/<lang>/messages.json), English and Polish. */
function stubPackagedLocales(): void {
  const packaged: Record<string, unknown> = { en: toChromeMessages(en), pl: toChromeMessages(pl) };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const lang = /\/_locales\/(\w+)\//.exec(url)?.[1] ?? '';
      return lang in packaged ? new Response(JSON.stringify(packaged[lang])) : new Response('', { status: 404 });
    }),
  );
}

describe('CSV import: deals from a stage column or on request, and notes of people already there', () => {
  let db: SidecarDB;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
    m = messagesFor(db);
  });
  afterEach(() => vi.unstubAllGlobals());
  const importText = async (text: string, options?: CsvImportChoices) => {
    const { jobId } = await m.sendOk('importCsv', { text, fileName: 'deals.csv', ...(options ? { options } : {}) });
    await runJob(db, jobId);
    const job = (await db.jobs.get(jobId))!;
    expect(job.status).toBe('done');
    return job.result as CsvImportResult;
  };
  const dealOf = async (email: string) => {
    const person = (await db.prospects.where('emails').equals(email).first())!;
    return db.deals.where('personId').equals(person.id).toArray();
  };

  it('a stage column opens each row’s deal in the stage it names (any case), once however often the file is imported', async () => {
    stubPackagedLocales();
    const pipeline = (await db.pipelines.toArray())[0]!;
    await db.pipelines.put({
      ...pipeline,
      stages: pipeline.stages.map((s) => (s.id === 'proposal' ? { ...s, name: 'Oferta wysłana' } : s)),
    });
    const text = 'Name,Email,Stage\nŁukasz Żółć,lukasz@example.pl,OFERTA WYSŁANA\nAyşe Şahin,ayse@example.com.tr,won\n';
    expect(await importText(text)).toMatchObject({ created: 2, deals: 2, stagesNotFound: [] });
    expect(await dealOf('lukasz@example.pl')).toMatchObject([
      { stageId: 'proposal', status: 'open', title: 'New deal' },
    ]);
    expect(await dealOf('ayse@example.com.tr')).toMatchObject([{ stageId: 'won', status: 'won', nextStep: null }]);
    const activities = await db.activities.filter((a) => a.kind === 'stage-change').count();
    expect(activities).toBe(2);
    const before = { deals: await db.deals.toArray(), people: await db.prospects.toArray() };
    expect(await importText(text)).toMatchObject({ created: 0, deals: 0 });
    expect(await db.deals.toArray()).toEqual(before.deals);
    expect(await db.prospects.toArray()).toEqual(before.people);
  });

  it('a template stage is found by its name in another language than the user’s', async () => {
    stubPackagedLocales();
    const text = 'Name;Email;Etap\nJan Nowak;jan@example.pl;negocjacje i zobowiązanie\n';
    expect(await importText(text)).toMatchObject({ created: 1, deals: 1 });
    expect(await dealOf('jan@example.pl')).toMatchObject([{ stageId: 'negotiation-commitment' }]);
  });

  it('a stage that is not the user’s: the person is imported without a deal and the report names the stage', async () => {
    const text = 'Name,Email,Stage\nАнна Шевченко,anna@example.ua,Переговори з юристами\n';
    expect(await importText(text)).toMatchObject({
      created: 1,
      failed: 0,
      deals: 0,
      stagesNotFound: [{ line: 2, stage: 'Переговори з юристами' }],
    });
    expect(await db.deals.count()).toBe(0);
  });

  it('without a stage column, deals open only when the user asks, in the capture stage', async () => {
    const text = 'Name,Email\nJan Nowak,jan@example.pl\n';
    expect(await importText(text)).toMatchObject({ created: 1, deals: 0 });
    expect(await db.deals.count()).toBe(0);
    expect(await importText(text, { deals: true })).toMatchObject({ created: 0, deals: 1 });
    expect(await dealOf('jan@example.pl')).toMatchObject([{ stageId: 'prospecting', status: 'open' }]);
    expect(await importText(text, { deals: true })).toMatchObject({ deals: 0 });
    expect(await db.deals.count()).toBe(1);
  });

  it('a row’s notes reach a person already there, and the same file again adds no second note', async () => {
    const personId = await addPerson(db, { name: 'Marcus Feldman', emails: ['marcus@tillbrook.example'] });
    const text = 'Name,Email,Notes\nMarcus Feldman,marcus@tillbrook.example,Met at the Poznań fair\n';
    expect(await importText(text)).toMatchObject({ updated: 1 });
    const notes = () =>
      db.activities
        .where('personId')
        .equals(personId)
        .filter((a) => a.kind === 'note')
        .toArray();
    expect(await notes()).toMatchObject([{ text: 'Met at the Poznań fair' }]);
    const person = await db.prospects.get(personId);
    expect(await importText(text)).toMatchObject({ updated: 0, skipped: 1 });
    expect(await notes()).toHaveLength(1);
    expect(await db.prospects.get(personId)).toEqual(person);
  });
});
