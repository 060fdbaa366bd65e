import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '@/lib/portability/backup';
import { readAllForBackup, restoreBackup } from '@/lib/db/backup-read';
import { logEmails } from '@/lib/worker/log-email';
import { createDeal } from '@/lib/worker/deals';
import { scheduleFollowUp } from '@/lib/worker/follow-ups';
import { gmailMessage } from '../worker/harness';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import { addPerson, freshDb } from '../db/test-db';

describe('JSON backup', () => {
  it('a backup restored into an empty database gives the same pipeline back', async () => {
    const db = await freshDb();
    const id = await addPerson(db, { name: 'Ірина Бойко' });
    await createDeal(
      db,
      {
        personId: id,
        pipelineId: DEFAULT_PIPELINE_ID,
        title: 'Pilot',
        value: 500_00,
        currency: 'UAH',
        expectedClose: null,
      },
      { now: 2 },
    );
    await scheduleFollowUp(db, { personId: id, dealId: null, dueAt: 99, kind: 'call', note: 'Дзвінок' }, { now: 3 });
    const { tables, settings } = await readAllForBackup(db);
    const text = serializeBackup(tables, settings, 10);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.value.rejected).toEqual([]);
    const other = await freshDb();
    await other.pipelines.clear();
    await restoreBackup(other, parsed.value);
    expect((await other.prospects.get(id))?.displayName).toBe('Ірина Бойко');
    expect(await other.deals.count()).toBe(1);
    expect((await other.followUps.toArray())[0]).toMatchObject({ note: 'Дзвінок', openDueAt: 99 });
    expect(await other.followUps.where('openDueAt').belowOrEqual(100).count()).toBe(1);
  });

  it('keeps a logged email logged once after a restore (its dedupe key is rebuilt)', async () => {
    const db = await freshDb();
    await addPerson(db, { name: 'Hannah Lindgren', emails: ['hannah@ferrowave.com'] });
    const messages = [gmailMessage('19a9c2f0e1d4b3a1', 'hannah@ferrowave.com', ['daniel@brightloop.io'], 5)];
    const logEmail = (target: typeof db, now: number) =>
      logEmails(target, { account: 'daniel@brightloop.io', threadUrl: null, messages }, { now });
    await logEmail(db, 6);
    const parsed = parseBackup(serializeBackup((await readAllForBackup(db)).tables, null, 10));
    if (!parsed.ok) throw new Error(parsed.detail);
    const other = await freshDb();
    await restoreBackup(other, parsed.value);
    expect(await logEmail(other, 7)).toEqual({ ok: true, value: { logged: 0, alreadyLogged: 1, people: 1 } });
    // Restored again over itself: the same rows, nothing skipped, nothing doubled.
    await expect(restoreBackup(other, parsed.value)).resolves.toMatchObject({ skipped: 0 });
    expect((await other.activities.toArray()).filter((a) => a.kind === 'email')).toHaveLength(1);
  });

  it('reports damaged rows and restores the rest', async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    const { tables, settings } = await readAllForBackup(db);
    const damaged = { ...tables, prospects: [...tables.prospects, { id: 'not-a-uuid', displayName: '' }] };
    const parsed = parseBackup(serializeBackup(damaged, settings, 1));
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.value.rejected).toMatchObject([{ table: 'prospects', index: 1 }]);
    expect(parsed.value.rows.prospects).toHaveLength(1);
    expect((parsed.value.rows.prospects[0] as { id: string }).id).toBe(id);
  });

  it('refuses a file that is not a Sidecar backup', () => {
    expect(parseBackup('{"hello": 1}')).toMatchObject({ ok: false, error: 'not-a-backup' });
    expect(parseBackup('<html>')).toMatchObject({ ok: false, error: 'not-a-backup' });
  });
});
