import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetDetectionsInMemory, loadDetection } from '@/lib/tabs/detections-store';
import { SidecarDB } from '@/lib/db/schema';
import { contactOf, detectionWith, freshDb } from '../db/test-db';
import { pageCtx } from '../messaging/callers';
import { gmailMessage, messagesFor } from './harness';

const MARCUS = contactOf({
  key: 'marcus',
  name: 'Marcus Feldman',
  linkedinUrl: 'https://www.linkedin.com/in/marcus-feldman-31a07b/',
  emails: ['marcus.feldman@tillbrook.example'],
});
const source = { pageKind: 'linkedin-profile' as const, url: 'https://www.linkedin.com/in/marcus-feldman-31a07b/' };

/** Every row of every table, as text: what the database holds about anyone. */
async function dump(db: SidecarDB): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(Object.fromEntries(tables));
}

describe('forget this person, and the suppression list', () => {
  let db: SidecarDB;
  let m: ReturnType<typeof messagesFor>;
  beforeEach(async () => {
    fakeBrowser.reset();
    forgetDetectionsInMemory();
    db = await freshDb();
    m = messagesFor(db);
  });

  async function captureMarcusWithHistory(): Promise<string> {
    const { personId } = await m.sendOk('captureManual', { contact: MARCUS, ...source });
    await m.sendOk('createDeal', { personId, title: 'Pilot', value: 100, currency: 'EUR', expectedClose: null });
    await m.sendOk('scheduleFollowUpPreset', {
      personId,
      dealId: null,
      preset: { kind: 'in-3-days' },
      kind: 'call',
      note: 'Oferta',
    });
    // Hannah's thread has Marcus on copy: his address is on her timeline too.
    await m.sendOk('logEmail', {
      account: 'me@sidecar.example',
      threadUrl: null,
      messages: [gmailMessage('g1', 'hannah@nordvik.example', ['me@sidecar.example', MARCUS.emails[0]!], 5)],
    });
    return personId;
  }

  it('deletes everything about them and keeps only salted hashes of their address and profile', async () => {
    const personId = await captureMarcusWithHistory();
    await m.sendOk('forgetPerson', { personId });
    const all = await dump(db);
    expect(all).not.toMatch(/marcus|feldman|tillbrook/i);
    // Hannah, added by Log email, went on the board (issue 19): hers is the only deal left.
    const hannahId = (await db.prospects.toArray()).find((p) => p.emails.includes('hannah@nordvik.example'))?.id;
    expect((await db.deals.toArray()).map((d) => d.personId)).toEqual([hannahId]);
    expect(await db.followUps.count()).toBe(0);
    const hannah = (await db.activities.toArray()).find((a) => a.kind === 'email');
    expect(hannah).toMatchObject({ participants: ['hannah@nordvik.example', 'me@sidecar.example'] });
    const listed = await db.suppressions.toArray();
    expect(listed.map((s) => s.kind).sort()).toEqual(['email', 'linkedin']);
    for (const s of listed) expect(s.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.suppressionSalts.count()).toBe(1);
    expect(await m.send('forgetPerson', { personId })).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('a forgotten person is never captured again: by hand, from a page, or from an email', async () => {
    await m.sendOk('forgetPerson', { personId: await captureMarcusWithHistory() });
    expect(await m.send('captureManual', { contact: MARCUS, ...source })).toMatchObject({
      ok: false,
      error: 'suppressed',
    });
    // Another spelling of the profile link is the same key.
    const other = { ...MARCUS, emails: [], linkedinUrl: 'https://pl.linkedin.com/in/Marcus-Feldman-31a07b?trk=x' };
    expect(await m.send('captureManual', { contact: other, ...source })).toMatchObject({ error: 'suppressed' });
    const reply = await m.sendOk('reportDetection', detectionWith([MARCUS, contactOf({ key: 'x' })]), pageCtx(4));
    expect(reply).toMatchObject({ marcus: { known: false, suppressed: true }, x: { known: false } });
    expect((await loadDetection(4))?.contacts.map((c) => c.key)).toEqual(['x']);
    expect(await m.send('captureContact', { key: 'marcus', trusted: true }, pageCtx(4))).toMatchObject({ ok: false });
    await m.sendOk('logEmail', {
      account: 'me@sidecar.example',
      threadUrl: null,
      messages: [gmailMessage('g2', MARCUS.emails[0]!, ['me@sidecar.example'], 6)],
    });
    expect(await dump(db)).not.toMatch(/tillbrook/i);
    expect(await m.sendOk('getEmailStatuses', { emails: [MARCUS.emails[0]!] }, pageCtx(5))).toEqual({
      [MARCUS.emails[0]!]: { known: false, suppressed: true },
    });
  });

  it('a tab showing them when they are forgotten loses them from its detection and is told "not tracked"', async () => {
    await m.sendOk('reportDetection', detectionWith([MARCUS]), pageCtx(4));
    const { personId } = await m.sendOk('captureContact', { key: 'marcus', trusted: true }, pageCtx(4));
    await m.sendOk('forgetPerson', { personId });
    expect((await loadDetection(4))?.contacts).toEqual([]);
    expect(await m.sendOk('getContactStatuses', { keys: ['marcus'] }, pageCtx(4))).toEqual({
      marcus: { known: false, suppressed: true },
    });
  });

  it('the user lifts an entry by typing the address again; the profile stays listed until typed too', async () => {
    await m.sendOk('forgetPerson', { personId: await captureMarcusWithHistory() });
    expect(await m.sendOk('liftSuppression', { address: ' Marcus.Feldman@Tillbrook.example ' })).toEqual({ lifted: 1 });
    expect(await m.sendOk('liftSuppression', { address: 'marcus.feldman@tillbrook.example' })).toEqual({ lifted: 0 });
    const byMail = { ...MARCUS, linkedinUrl: null };
    expect(await m.send('captureManual', { contact: byMail, ...source })).toMatchObject({ ok: true });
    expect(await m.send('captureManual', { contact: MARCUS, ...source })).toMatchObject({ error: 'suppressed' });
    await m.sendOk('liftSuppression', { address: 'https://www.linkedin.com/in/marcus-feldman-31a07b/' });
    expect(await db.suppressions.count()).toBe(0);
    expect(await m.send('liftSuppression', { address: 'not an address' })).toMatchObject({ error: 'invalid-input' });
    expect(await m.send('liftSuppression', { address: '' })).toMatchObject({ error: 'invalid-input' });
  });

  it('a capture, which keeps what it last read of the list, still sees a forget made through another connection', async () => {
    const personId = await captureMarcusWithHistory();
    // This connection has now read the (empty) list: the next capture would not read it again unchanged.
    expect(await m.send('captureManual', { contact: contactOf({ key: 'o', name: 'Olena' }), ...source })).toMatchObject(
      {
        ok: true,
      },
    );
    const other = new SidecarDB(db.name);
    await messagesFor(other).sendOk('forgetPerson', { personId });
    other.close();
    expect(await m.send('captureManual', { contact: MARCUS, ...source })).toMatchObject({ error: 'suppressed' });
  });

  it('"Delete all data" keeps the suppression list unless asked not to', async () => {
    await m.sendOk('forgetPerson', { personId: await captureMarcusWithHistory() });
    await m.sendOk('deleteAllData', { confirm: 'delete everything' });
    expect(await db.suppressions.count()).toBe(2);
    expect(await m.send('captureManual', { contact: MARCUS, ...source })).toMatchObject({ error: 'suppressed' });
    await m.sendOk('deleteAllData', { confirm: 'delete everything', keepSuppressions: false });
    expect([await db.suppressions.count(), await db.suppressionSalts.count()]).toEqual([0, 0]);
    expect(await m.send('captureManual', { contact: MARCUS, ...source })).toMatchObject({ ok: true });
  });
});
