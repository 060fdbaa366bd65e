import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { logEmails } from '@/lib/worker/log-email';
import { completeFollowUp } from '@/lib/worker/follow-ups';
import { updateSettings } from '@/lib/worker/pipelines';
import { gmailMessage } from '../worker/harness';
import type { SidecarDB } from '@/lib/db/schema';
import { BUILT_IN_CADENCE } from '@/lib/domain/cadence';
import { addWorkingDays } from '@/lib/domain/working-days';
import { createHandlers } from '@/lib/messaging/handlers/create-handlers';
import type { Handlers } from '@/lib/messaging/handlers/handler';
import { contentScriptSender, handleAs, panelSender } from './callers';
import type { MessageName, MessageOut } from '@/lib/messaging/protocol';
import { saveDetection } from '@/lib/tabs/detections-store';
import { addPerson, contactOf, freshDb } from '../db/test-db';

const WT = { timeZone: 'Europe/Warsaw', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' };
const FRI_15 = Date.parse('2026-03-20T14:00:00Z'); // Friday 15:00 Warsaw
const DAY = 86_400_000;
const panel = panelSender;
const tab = (id: number) => contentScriptSender(id, 'https://www.linkedin.com/in/anna/');

describe('follow-up and cadence messages', () => {
  let db: SidecarDB;
  let handlers: Handlers;
  let anna: string;
  let badgeRefreshes: number;
  const send = <K extends MessageName>(name: K, data: unknown, sender: object = panel()) =>
    handleAs(name, data, sender, handlers) as Promise<MessageOut<K>>;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(FRI_15);
    db = await freshDb();
    await updateSettings(db, { patch: { workingTime: WT } }, { now: 0 });
    anna = await addPerson(db, {
      name: 'Anna Nowak',
      emails: ['anna@firma.pl'],
      linkedinUrl: 'https://www.linkedin.com/in/anna/',
    });
    badgeRefreshes = 0;
    handlers = createHandlers(db, {
      afterFollowUpChange: async () => {
        badgeRefreshes++;
      },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("scheduleFollowUpPreset computes the due time in the user's working week (Friday → Monday 09:00)", async () => {
    const reply = await send('scheduleFollowUpPreset', {
      personId: anna,
      dealId: null,
      preset: { kind: 'tomorrow-morning' },
      kind: 'call',
      note: 'Ask about budget',
    });
    expect(reply).toEqual({
      ok: true,
      value: { followUpId: expect.any(String), dueAt: Date.parse('2026-03-23T08:00:00Z') },
    });
    expect(badgeRefreshes).toBe(1);
  });

  it.each([
    ['an impossible custom date', { preset: { kind: 'custom', date: '2026-02-30', time: '10:00' } }],
    ['an unknown preset', { preset: { kind: 'someday' } }],
    ['a script for a note', { note: 'x'.repeat(6000) }],
    ['a person id that is not an id', { personId: 'anna' }],
  ])('scheduleFollowUpPreset refuses %s and stores nothing', async (_label, patch) => {
    const reply = await send('scheduleFollowUpPreset', {
      personId: anna,
      dealId: null,
      preset: { kind: 'next-week' },
      kind: 'call',
      note: '',
      ...patch,
    });
    expect(reply).toMatchObject({ ok: false, error: 'invalid-input' });
    expect(await db.followUps.count()).toBe(0);
  });

  it('completeFollowUp takes an optional outcome, kept on the follow-up and its timeline entry; an unknown one is refused', async () => {
    const made = await send('scheduleFollowUp', {
      personId: anna,
      dealId: null,
      dueAt: FRI_15,
      kind: 'call',
      note: '',
    });
    const followUpId = made.ok ? made.value.followUpId : '';
    expect(await send('completeFollowUp', { followUpId, outcome: 'maybe' })).toMatchObject({
      ok: false,
      error: 'invalid-input',
    });
    expect((await db.followUps.get(followUpId))?.done).toBe(false);
    expect(await send('completeFollowUp', { followUpId, outcome: 'left-message' })).toEqual({ ok: true, value: {} });
    expect((await db.followUps.get(followUpId))?.outcome).toBe('left-message');
    const entry = await db.activities
      .where('personId')
      .equals(anna)
      .filter((a) => a.kind === 'follow-up-done')
      .first();
    expect(entry).toMatchObject({ followUpId, outcome: 'left-message' });
  });

  it("scheduleFollowUpForContact works only for a known contact detected on the sender's own tab", async () => {
    const contact = contactOf({ key: 'c1', linkedinUrl: 'https://www.linkedin.com/in/anna/' });
    await saveDetection(7, {
      url: 'https://www.linkedin.com/in/anna/',
      pageKind: 'linkedin-profile',
      contacts: [contact],
      company: null,
      signedInUser: null,
      degraded: false,
      warnings: [],
      hiddenMessages: 0,
    });
    expect(
      await send('scheduleFollowUpForContact', { key: 'c1', preset: { kind: 'in-3-days' } }, tab(8)),
    ).toMatchObject({ ok: false, error: 'not-found' });
    expect(await send('scheduleFollowUpForContact', { key: 'c1', preset: { kind: 'in-3-days' } }, panel())).toEqual({
      ok: false,
      error: 'forbidden',
    });
    const reply = await send('scheduleFollowUpForContact', { key: 'c1', preset: { kind: 'in-3-days' } }, tab(7));
    expect(reply).toMatchObject({ ok: true, value: { status: { known: true, personId: anna } } });
    const [f] = await db.followUps.toArray();
    expect(f).toMatchObject({ kind: 'linkedin-message', personId: anna, dueAt: Date.parse('2026-03-23T14:00:00Z') });
  });

  it('startCadence plans seven touches; a second start is a conflict; stopCadence cancels the rest', async () => {
    const started = await send('startCadence', { personId: anna, cadenceId: BUILT_IN_CADENCE.id });
    expect(started).toMatchObject({ ok: true, value: { followUps: 7 } });
    expect(await send('startCadence', { personId: anna, cadenceId: BUILT_IN_CADENCE.id })).toMatchObject({
      ok: false,
      error: 'conflict',
    });
    expect(await send('startCadence', { personId: anna, cadenceId: 'nope' })).toMatchObject({
      ok: false,
      error: 'not-found',
    });
    const runId = started.ok ? started.value.cadenceRunId : '';
    expect(await send('stopCadence', { cadenceRunId: runId })).toEqual({ ok: true, value: { cancelled: 7 } });
    expect((await db.followUps.toArray()).every((f) => f.cancelReason === 'stopped')).toBe(true);
    expect(await db.cadenceRuns.get(runId)).toMatchObject({ status: 'stopped', endedAt: FRI_15 });
  });

  it('a touch done late shifts the rest of the run by the same working days; the last one finishes it', async () => {
    const started = await send('startCadence', { personId: anna, cadenceId: BUILT_IN_CADENCE.id });
    const runId = started.ok ? started.value.cadenceRunId : '';
    const steps = () => db.followUps.where('cadenceRunId').equals(runId).sortBy('cadenceStep');
    const before = await steps();
    const first = before[0]!;
    // Started Friday 15:00 (in working hours), so touch 1 is due then; done Thursday 26th: four working days late.
    expect(first.dueAt).toBe(FRI_15);
    vi.setSystemTime(Date.parse('2026-03-26T10:00:00Z'));
    expect(await send('completeFollowUp', { followUpId: first.id })).toEqual({ ok: true, value: {} });
    const after = await steps();
    expect(after[1]!.dueAt).toBe(addWorkingDays(before[1]!.dueAt, 4, WT));
    expect(after[1]!.dueAt).toBe(Date.parse('2026-03-30T13:00:00Z')); // Tue 24th 15:00 → Mon 30th 15:00 (after DST)
    expect(after[6]!.dueAt).toBeGreaterThan(before[6]!.dueAt);
    for (const s of after.slice(1)) await completeFollowUp(db, { followUpId: s.id }, { now: s.dueAt });
    expect((await db.cadenceRuns.get(runId))?.status).toBe('finished');
  });

  it("a reply logged from Gmail stops the person's cadence", async () => {
    const started = await send('startCadence', { personId: anna, cadenceId: BUILT_IN_CADENCE.id });
    const runId = started.ok ? started.value.cadenceRunId : '';
    const reply = gmailMessage('r1', 'anna@firma.pl', ['me@x.io'], FRI_15 + DAY, { subject: 'Re: hello' });
    await logEmails(db, { account: 'me@x.io', threadUrl: null, messages: [reply] }, { now: FRI_15 + DAY });
    expect(
      (await db.followUps.where('cadenceRunId').equals(runId).toArray()).every((f) => f.cancelReason === 'replied'),
    ).toBe(true);
    expect((await db.cadenceRuns.get(runId))?.status).toBe('replied');
  });

  it('saveCadence creates and replaces user cadences; built-ins are read-only; deleteCadence removes one', async () => {
    const cadence = {
      name: 'Short',
      steps: [
        { offsetDays: 0, kind: 'email' },
        { offsetDays: 2, kind: 'call' },
      ],
    };
    const saved = await send('saveCadence', { cadence });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.value.cadenceId : '';
    expect(await send('saveCadence', { cadence: { ...cadence, id, name: 'Shorter' } })).toEqual({
      ok: true,
      value: { cadenceId: id },
    });
    expect((await db.cadences.get(id))?.name).toBe('Shorter');
    expect(await send('saveCadence', { cadence: { ...cadence, id: BUILT_IN_CADENCE.id } })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await send('saveCadence', { cadence: { name: 'Empty', steps: [] } })).toMatchObject({
      ok: false,
      error: 'invalid-input',
    });
    expect(await send('startCadence', { personId: anna, cadenceId: id })).toMatchObject({
      ok: true,
      value: { followUps: 2 },
    });
    expect(await send('deleteCadence', { cadenceId: BUILT_IN_CADENCE.id })).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await send('deleteCadence', { cadenceId: id })).toEqual({ ok: true, value: {} });
    expect(await send('deleteCadence', { cadenceId: id })).toMatchObject({ ok: false, error: 'not-found' });
  });
});
