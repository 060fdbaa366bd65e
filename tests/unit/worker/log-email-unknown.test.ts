import { describe, expect, it } from 'vitest';
import { getSettings } from '@/lib/db/repositories/settings';
import { ENGLISH_CAPTURE_TEXTS } from '@/lib/messaging/handlers/capture-texts';
import { logEmails } from '@/lib/worker/log-email';
import { addPerson, freshDb } from '../db/test-db';

const message = {
  gmailMessageId: 'm1',
  threadId: null,
  subject: 'Pricing',
  at: 5_000,
  from: { email: 'anna@acme.example', name: 'Anna' },
  to: [{ email: 'me@x.example', name: null }],
  cc: [
    { email: 'procurement@acme.example', name: null },
    { email: 'ola@acme.example', name: 'Ola' },
  ],
  snippet: '',
};
const input = { account: 'me@x.example', threadUrl: null, messages: [message], place: ENGLISH_CAPTURE_TEXTS };

describe('Log email and people not in the pipeline', () => {
  it('asks first: nothing is written, and the answer says how many would be added', async () => {
    const db = await freshDb();
    await addPerson(db, { emails: ['anna@acme.example'] });
    const before = await db.prospects.count();
    expect(await logEmails(db, { ...input, unknown: 'ask' }, { now: 6_000 })).toEqual({
      ok: true,
      value: { logged: 0, alreadyLogged: 0, people: 0, asking: 2 },
    });
    expect([
      await db.prospects.count(),
      (await db.activities.toArray()).filter((a) => a.kind === 'email').length,
    ]).toEqual([before, 0]);
  });

  it('an answer without "Remember my choice" is for this click only: the next one asks again', async () => {
    const db = await freshDb();
    await addPerson(db, { emails: ['anna@acme.example'] });
    expect(await logEmails(db, { ...input, unknown: 'skip' }, { now: 6_000 })).toMatchObject({
      ok: true,
      value: { logged: 1, people: 1 },
    });
    expect((await getSettings(db)).logEmailUnknown).toBeUndefined();
    const again = await logEmails(
      db,
      { ...input, messages: [{ ...message, gmailMessageId: 'm2' }], unknown: 'ask' },
      { now: 7_000 },
    );
    expect(again).toMatchObject({ ok: true, value: { logged: 0, asking: 2 } });
  });

  it('"only people already added" with "Remember my choice" logs on them alone, and is remembered', async () => {
    const db = await freshDb();
    await addPerson(db, { emails: ['anna@acme.example'] });
    const before = await db.prospects.count();
    expect(await logEmails(db, { ...input, unknown: 'skip', remember: true }, { now: 6_000 })).toMatchObject({
      ok: true,
      value: { logged: 1, people: 1 },
    });
    expect(await db.prospects.count()).toBe(before);
    expect((await getSettings(db)).logEmailUnknown).toBe('skip');
    // Next time nothing is asked: the remembered answer applies.
    const again = await logEmails(
      db,
      { ...input, messages: [{ ...message, gmailMessageId: 'm2' }], unknown: 'ask' },
      { now: 7_000 },
    );
    expect(again).toMatchObject({ ok: true, value: { logged: 1, people: 1 } });
  });

  it('"add and log" captures them onto the board and logs on everyone (remembered when ticked)', async () => {
    const db = await freshDb();
    await addPerson(db, { emails: ['anna@acme.example'] });
    expect(await logEmails(db, { ...input, unknown: 'add', remember: true }, { now: 6_000 })).toMatchObject({
      ok: true,
      value: { logged: 3, people: 3 },
    });
    expect(await db.deals.count()).toBe(2);
    expect((await getSettings(db)).logEmailUnknown).toBe('add');
  });
});
