import { beforeEach, describe, expect, it, vi } from 'vitest';
import { liveQuery } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidecarDB } from '@/lib/db/schema';
import { findPersonFor } from '@/lib/db/repositories/persons';
import { captureContact as captureUseCase } from '@/lib/worker/capture';
import { saveDetection } from '@/lib/tabs/detections-store';
import type { Detection, DetectedContact } from '@/lib/domain/contact';
import type { CaptureSource } from '@/lib/domain/person-capture';
import { messagesFor, tab } from './harness';
import { contactOf, detectionWith } from '../db/test-db';

const newDb = () => new SidecarDB(`t-${crypto.randomUUID()}`);

const contact = (over: Partial<DetectedContact> = {}): DetectedContact =>
  contactOf({ name: 'Łukasz Żółć', linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/', ...over });
const source: CaptureSource = { pageKind: 'linkedin-profile', url: 'https://www.linkedin.com/in/lukasz-zolc/' };
const captureContact = async (db: SidecarDB, c: DetectedContact, src = source, now = 1) => {
  const r = await captureUseCase(db, { contact: c, source: src, leadSource: 'outbound' }, { now });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const detection = (contacts: DetectedContact[]): Detection => detectionWith(contacts, source.url);

beforeEach(() => fakeBrowser.reset());

describe('capture (one write path for people)', () => {
  it('20 concurrent captures of one person make exactly one prospect', async () => {
    const db = newDb();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        captureContact(db, contact(), { ...source, url: `${source.url}?tab=${i}` }, 1000 + i),
      ),
    );
    expect(await db.prospects.count()).toBe(1);
    expect(new Set(results.map((r) => r.personId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [row] = await db.prospects.toArray();
    expect(row?.sources).toHaveLength(20);
  });

  it('two spellings of one URL are one person', async () => {
    const db = newDb();
    await captureContact(db, contact({ linkedinUrl: 'https://www.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0/' }));
    await captureContact(db, contact({ linkedinUrl: 'https://www.linkedin.com/in/%d0%be%d0%bb%d0%b5%d0%bd%d0%b0/' }));
    expect(await db.prospects.count()).toBe(1);
  });

  it('matches a Gmail contact to a LinkedIn prospect by email, filling empty fields only', async () => {
    const db = newDb();
    await captureContact(db, contact({ emails: ['Lukasz@Example.com'], headline: 'CTO' }));
    const again = await captureContact(
      db,
      contact({
        site: 'gmail',
        linkedinUrl: null,
        name: 'Lukasz Z',
        emails: ['lukasz@example.com'],
        headline: 'Intern',
      }),
      { pageKind: 'gmail-thread', url: 'https://mail.google.com/mail/u/0/#inbox/x' },
      2,
    );
    expect(again.created).toBe(false);
    const [row] = await db.prospects.toArray();
    expect(row).toMatchObject({ displayName: 'Łukasz Żółć', headline: 'CTO', emails: ['lukasz@example.com'] });
    expect(row?.sources.map((s) => s.pageKind)).toEqual(['linkedin-profile', 'gmail-thread']);
  });

  it('finds a known person by each identity key (LinkedIn key, Sales Navigator alias, email)', async () => {
    const db = newDb();
    const lead = 'https://www.linkedin.com/sales/lead/ACwAAB123,NAME_SEARCH,abc';
    const { personId } = await captureContact(db, contact({ emails: ['anna@severtrans.ru'], salesNavUrl: lead }));
    for (const probe of [
      contact({ emails: [] }),
      contact({ linkedinUrl: null, emails: ['Anna@Severtrans.ru'] }),
      contact({ linkedinUrl: null, salesNavUrl: lead }),
    ]) {
      expect((await findPersonFor(db, probe))?.id).toBe(personId);
      expect(await captureContact(db, probe, source, 2)).toEqual({ personId, created: false });
    }
    expect(await db.prospects.count()).toBe(1);
  });

  it('live queries hear of a capture (a Dexie write: the panel updates)', async () => {
    const db = newDb();
    const seen: number[] = [];
    const sub = liveQuery(() => db.prospects.where('linkedinKey').equals('lukasz-zolc').count()).subscribe((n) =>
      seen.push(n),
    );
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await captureContact(db, contact());
    await vi.waitFor(() => expect(seen).toEqual([0, 1]));
    sub.unsubscribe();
  });

  it('stores nothing when a write fails before the commit (no person without their "captured" activity)', async () => {
    const db = newDb();
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'activities') throw new DOMException('cannot clone', 'DataCloneError');
      return add.apply(this, args);
    });
    try {
      await expect(captureContact(db, contact())).rejects.toThrow('cannot clone');
    } finally {
      spy.mockRestore();
    }
    expect(await db.prospects.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    expect((await captureContact(db, contact(), source, 2)).created).toBe(true);
  });
});

describe('capture messages', () => {
  it('captureContact (the page) and captureFromTab (the panel) capture what the tab detected, with its status', async () => {
    const db = newDb();
    const { send } = messagesFor(db);
    await saveDetection(7, detection([contact({ key: 'a' })]));
    const fromPage = await send('captureContact', { key: 'a', trusted: true }, tab(7));
    expect(fromPage).toMatchObject({ ok: true, value: { status: { known: true, lifecycle: 'lead', stage: null } } });
    const fromPanel = await send('captureFromTab', { tabId: 7, key: 'a' });
    expect(fromPanel.ok && fromPage.ok && fromPanel.value.personId === fromPage.value.personId).toBe(true);
    expect(await db.prospects.count()).toBe(1);
    expect(await send('captureFromTab', { tabId: 7, key: 'nobody' })).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('captureManual creates or completes a person; a retry with the same operation id is answered, not applied', async () => {
    const db = newDb();
    const { send } = messagesFor(db);
    const input = { contact: contact({ name: 'สมชาย ใจดี' }), pageKind: 'linkedin-profile' as const, url: source.url };
    const first = await send('captureManual', { ...input, opId: 'op-capture-1' });
    const updatedAt = (await db.prospects.toArray())[0]!.updatedAt;
    const retry = await send('captureManual', { ...input, opId: 'op-capture-1' });
    expect(retry).toEqual(first);
    expect((await db.prospects.toArray())[0]!.updatedAt).toBe(updatedAt);
    expect(await db.operations.count()).toBe(1);
    expect(await send('captureManual', { ...input, opId: 'op-capture-2' })).toMatchObject({
      ok: true,
      value: { created: false },
    });
  });
});
