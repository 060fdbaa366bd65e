import { describe, expect, it } from 'vitest';
import { logEmails } from '@/lib/worker/log-email';
import { deletePerson } from '@/lib/worker/forget';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import { RestoreRowsSchema } from '@/lib/messaging/undo-rows';
import { isEmptyUndo, planUndo, readRowsOf, takeSnapshot } from '@/lib/panel/undo-snapshot';
import { extensionCtx } from '../messaging/callers';
import { addPerson, freshDb } from '../db/test-db';

const restore = async (
  db: Awaited<ReturnType<typeof freshDb>>,
  personIds: string[],
  before: Awaited<ReturnType<typeof takeSnapshot>>,
) => {
  const plan = RestoreRowsSchema.parse(planUndo(before.rows, await readRowsOf(db, personIds)));
  return createHandlers(db).restoreRows(plan, extensionCtx);
};

describe('undo from a snapshot (restoreRows)', () => {
  it('brings a deleted person back whole, and a logged email stays logged once', async () => {
    const db = await freshDb();
    const id = await addPerson(db, { emails: ['anna@example.com'] });
    const email = {
      gmailMessageId: 'm1',
      threadId: null,
      subject: 'Hi',
      at: 5_000,
      from: { email: 'me@example.com', name: null },
      to: [{ email: 'anna@example.com', name: null }],
      cc: [],
      snippet: '',
    };
    const log = (now: number) =>
      logEmails(db, { account: 'me@example.com', threadUrl: null, messages: [email] }, { now });
    await log(5_000);
    const before = await takeSnapshot(db, [id]);
    await deletePerson(db, { personId: id }, { now: 6_000 });
    expect(await db.prospects.get(id)).toBeUndefined();

    expect(await restore(db, [id], before)).toMatchObject({ ok: true });
    expect(await db.prospects.get(id)).toEqual(before.rows.prospects[0]);
    expect(await db.activities.where('personId').equals(id).count()).toBe(before.rows.activities.length);
    // Its dedupe key came back: logging the same message again adds nothing.
    expect(await log(6_000)).toMatchObject({ ok: true, value: { alreadyLogged: 1 } });
  });

  it('removes what the action created and leaves the untouched rows alone', async () => {
    const db = await freshDb();
    const id = await addPerson(db);
    const before = await takeSnapshot(db, [id]);
    await db.activities.add({ id: crypto.randomUUID(), personId: id, at: 9, createdAt: 9, kind: 'note', text: 'x' });
    const plan = planUndo(before.rows, await readRowsOf(db, [id]));
    expect(plan.put.prospects).toEqual([]);
    expect(plan.remove.activities).toHaveLength(1);
    expect(isEmptyUndo(planUndo(before.rows, before.rows))).toBe(true);
  });

  it('refuses malformed rows before anything is written', async () => {
    const bad = { put: { prospects: [{ id: 'not-a-uuid', displayName: '' }] }, remove: {} };
    expect(RestoreRowsSchema.safeParse(bad).success).toBe(false);
    expect(RestoreRowsSchema.safeParse({ put: {}, remove: { deals: ['x'] } }).success).toBe(false);
  });

  it("answers 'conflict' when the person's LinkedIn profile was captured again meanwhile", async () => {
    const db = await freshDb();
    const id = await addPerson(db, { linkedinUrl: 'https://www.linkedin.com/in/same/' });
    const before = await takeSnapshot(db, [id]);
    await deletePerson(db, { personId: id }, { now: 6_000 });
    await addPerson(db, { linkedinUrl: 'https://www.linkedin.com/in/same/' });
    expect(await restore(db, [id], before)).toMatchObject({ ok: false, error: 'conflict' });
    expect(await db.prospects.get(id)).toBeUndefined();
  });
});
