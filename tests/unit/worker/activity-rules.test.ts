import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logActivity as logActivityCall } from '@/lib/worker/activities';
import { logEmails } from '@/lib/worker/log-email';
import { runStalledNudges } from '@/lib/worker/stalled-nudges';
import { updateSettings as updateSettingsCall } from '@/lib/worker/pipelines';
import { createDeal as createDealCall } from '@/lib/worker/deals';
import type { Settings } from '@/lib/domain/settings';
import type { SidecarDB } from '@/lib/db/schema';
import type { Detection } from '@/lib/domain/contact';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import { contentScriptSender, handleAs as handleMessage } from '../messaging/callers';
import { saveDetection } from '@/lib/tabs/detections-store';
import { addPerson, contactOf, freshDb } from '../db/test-db';
import { gmailMessage } from './harness';

const WT = { timeZone: 'Europe/Warsaw', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' };
const THU_15 = Date.parse('2026-03-19T14:00:00Z'); // Thursday 15:00 Warsaw
const ME = 'me@sidecar.test';
const ADDRESS: Record<string, string> = {};
/** Log one message from `from` to everyone else of `people` (and the signed-in account). */
const logEmail = (db: SidecarDB, people: string[], id: string, from: string, at: number) => {
  const to = [ME, ...people.map((p) => ADDRESS[p]!)].filter((e) => e !== from);
  return logEmails(db, { account: ME, threadUrl: null, messages: [gmailMessage(id, from, to, at)] }, { now: at });
};
const logActivity = (db: SidecarDB, input: never, now: number) => logActivityCall(db, input, { now });
const updateSettings = (db: SidecarDB, patch: Partial<Settings>) => updateSettingsCall(db, { patch }, { now: 0 });
const createDeal = (db: SidecarDB, input: Parameters<typeof createDealCall>[1], now: number) =>
  createDealCall(db, input, { now });
const openOf = async (db: SidecarDB, personId: string) =>
  (await db.followUps.where('personId').equals(personId).toArray()).filter((f) => !f.done);

describe('follow-up rules where activities are logged', () => {
  let db: SidecarDB;
  let anna: string;
  let bob: string;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshDb();
    await updateSettings(db, { workingTime: WT });
    anna = await addPerson(db, {
      name: 'Anna Nowak',
      emails: ['anna@firma.pl'],
      linkedinUrl: 'https://www.linkedin.com/in/anna/',
    });
    bob = await addPerson(db, {
      name: 'Bob Ng',
      emails: ['bob@firma.pl'],
      linkedinUrl: 'https://www.linkedin.com/in/bob/',
    });
    ADDRESS[anna] = 'anna@firma.pl';
    ADDRESS[bob] = 'bob@firma.pl';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a meeting proposes a call on the next working day at 09:00, once', async () => {
    const meeting = {
      personId: anna,
      at: THU_15,
      kind: 'meeting' as const,
      title: 'Demo',
      isDemo: true,
      durationMinutes: 30,
      note: '',
    };
    const logged = await logActivity(db, meeting as never, THU_15);
    expect(logged.ok, JSON.stringify(logged)).toBe(true);
    await logActivity(db, meeting as never, THU_15 + 1);
    const [f, ...rest] = await openOf(db, anna);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      origin: 'rule',
      ruleId: 'after-meeting',
      kind: 'call',
      dueAt: Date.parse('2026-03-20T08:00:00Z'),
    });
  });

  it('switched off, a meeting proposes nothing', async () => {
    await updateSettings(db, { rules: { afterMeeting: false, noReplyDays: 3, stalledNudge: true } });
    await logActivity(
      db,
      {
        personId: anna,
        at: THU_15,
        kind: 'meeting',
        title: 'Demo',
        isDemo: false,
        durationMinutes: null,
        note: '',
      } as never,
      THU_15,
    );
    expect(await openOf(db, anna)).toEqual([]);
  });

  it("a sent email proposes a no-reply follow-up per recipient; the sender's reply cancels only theirs", async () => {
    await logEmail(db, [anna, bob], 'm1', ME, THU_15);
    expect((await openOf(db, anna)).map((f) => [f.ruleId, f.dueAt])).toEqual([
      ['no-reply', Date.parse('2026-03-24T14:00:00Z')],
    ]);
    expect(await openOf(db, bob)).toHaveLength(1);
    // Anna replies with Bob on cc: a reply from Anna, not from Bob.
    await logEmail(db, [anna, bob], 'm2', 'anna@firma.pl', THU_15 + 3_600_000);
    expect(await openOf(db, anna)).toEqual([]);
    expect((await db.followUps.where('personId').equals(anna).first())?.cancelReason).toBe('replied');
    expect(await openOf(db, bob)).toHaveLength(1);
  });

  it('switched off (noReplyDays null), a sent email proposes nothing', async () => {
    await updateSettings(db, { rules: { afterMeeting: true, noReplyDays: null, stalledNudge: true } });
    await logEmail(db, [anna], 'm1', ME, THU_15);
    expect(await openOf(db, anna)).toEqual([]);
  });

  it('an inbound call is a reply too', async () => {
    await logEmail(db, [anna], 'm1', ME, THU_15);
    await logActivity(
      db,
      {
        personId: anna,
        at: THU_15 + 60_000,
        kind: 'call',
        direction: 'inbound',
        outcome: 'connected',
        durationMinutes: 5,
        note: '',
      } as never,
      THU_15 + 60_000,
    );
    expect(await openOf(db, anna)).toEqual([]);
  });

  it('a reply seen in an open Gmail thread (role from) cancels the no-reply follow-up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(THU_15);
    await logEmail(db, [anna, bob], 'm1', ME, THU_15);
    vi.setSystemTime(THU_15 + 60_000);
    const detection = (pageKind: Detection['pageKind']): Detection => ({
      url: 'https://mail.google.com/mail/u/0/#inbox/abc',
      pageKind,
      company: null,
      signedInUser: null,
      degraded: false,
      warnings: [],
      hiddenMessages: 0,
      contacts: [
        contactOf({ key: 'a', site: 'gmail', linkedinUrl: null, emails: ['anna@firma.pl'], role: 'from' }),
        contactOf({ key: 'b', site: 'gmail', linkedinUrl: null, emails: ['bob@firma.pl'], role: 'to' }),
      ],
    });
    const sender = contentScriptSender(7, 'https://mail.google.com/mail/u/0/');
    const handlers = createHandlers(db);
    await handleMessage('reportDetection', detection('gmail-inbox'), sender, handlers);
    expect(await openOf(db, anna)).toHaveLength(1);
    await saveDetection(7, detection('gmail-thread'));
    const reply = await handleMessage('reportDetection', detection('gmail-thread'), sender, handlers);
    expect(reply.ok).toBe(true);
    expect(await openOf(db, anna)).toEqual([]);
    expect(await openOf(db, bob)).toHaveLength(1);
  });

  it('the stalled nudge runs at most once a day and proposes one task per quiet deal', async () => {
    const deal = await createDeal(
      db,
      { personId: anna, pipelineId: 'default', title: 'Pilot', value: 100, currency: 'EUR', expectedClose: null },
      THU_15 - 20 * 86_400_000,
    );
    expect(deal.ok).toBe(true);
    expect(await runStalledNudges(db, THU_15)).toBe(1);
    expect(await runStalledNudges(db, THU_15 + 3_600_000)).toBeNull();
    expect(await runStalledNudges(db, THU_15 + 86_400_000)).toBe(0); // next day: the open nudge is enough
    const [nudge] = await openOf(db, anna);
    expect(nudge).toMatchObject({ ruleId: 'stalled-nudge', kind: 'task', dealId: deal.ok ? deal.value.dealId : '' });
    await updateSettings(db, { rules: { afterMeeting: true, noReplyDays: 3, stalledNudge: false } });
    expect(await runStalledNudges(db, THU_15 + 2 * 86_400_000)).toBeNull();
  });
});
