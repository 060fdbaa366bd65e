import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactOf, freshDb } from '../../db/test-db';
import { messagesFor } from '../harness';
import { backupOf, checkBackup, restore } from './restore-harness';

const source = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/anna/' };
const ANNA = contactOf({
  key: 'a',
  name: 'Анна Лебедева',
  linkedinUrl: 'https://www.linkedin.com/in/anna/',
  emails: ['anna@severtrans.example'],
});
const ZOFIA = contactOf({ key: 'z', name: 'Zofia Kowalczyk', linkedinUrl: 'https://www.linkedin.com/in/zofia/' });

describe('restoring a backup never brings back a forgotten person', () => {
  beforeEach(() => fakeBrowser.reset());

  it('someone forgotten after the backup was made is left out of its restore, with what was theirs', async () => {
    const db = await freshDb();
    const m = messagesFor(db);
    const { personId: anna } = await m.sendOk('captureManual', { contact: ANNA, ...source });
    await m.sendOk('captureManual', { contact: ZOFIA, ...source });
    await m.sendOk('createDeal', { personId: anna, title: 'Fleet', value: 1, currency: 'EUR', expectedClose: null });
    const text = await backupOf(db);
    await m.sendOk('forgetPerson', { personId: anna });
    const { summary } = await checkBackup(db, text);
    // Zofia's capture put her on the board (issue 19): her deal stays, none of Anna's two.
    expect(summary).toMatchObject({ suppressed: 1, danglingCount: 0, tables: { prospects: 1, deals: 1 } });
    const job = await restore(db, text);
    expect(job.status).toBe('done');
    const [zofia] = await db.prospects.toArray();
    expect(zofia?.displayName).toBe('Zofia Kowalczyk');
    expect((await db.deals.toArray()).map((d) => d.personId)).toEqual([zofia?.id]);
    expect(await db.suppressions.count()).toBe(2);
  });

  it('a backup carries the salt and the hashes: restored elsewhere, the person stays out there too', async () => {
    const a = await freshDb();
    const { personId } = await messagesFor(a).sendOk('captureManual', { contact: ANNA, ...source });
    await messagesFor(a).sendOk('forgetPerson', { personId });
    const text = await backupOf(a);
    expect(text).toContain('"t":"suppressionSalts"');
    expect(text).not.toMatch(/anna|лебедева|severtrans/i);
    const b = await freshDb();
    const mb = messagesFor(b);
    await mb.sendOk('captureManual', { contact: ZOFIA, ...source });
    expect((await restore(b, text)).status).toBe('done');
    expect(await b.suppressionSalts.count()).toBe(1);
    expect(await mb.send('captureManual', { contact: ANNA, ...source })).toMatchObject({ error: 'suppressed' });
  });
});
