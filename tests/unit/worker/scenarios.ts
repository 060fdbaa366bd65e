import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SidecarDB } from '@/lib/db/schema';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import { saveDetection } from '@/lib/tabs/detections-store';
import type { Detection } from '@/lib/domain/contact';
import type { MessageName, MessageOut } from '@/lib/messaging/protocol';
import { addPerson, contactOf } from '../db/test-db';
import { gmailMessage, type messagesFor, tab } from './harness';

type Messages = ReturnType<typeof messagesFor>;
type Reply = MessageOut<MessageName>;

/**
 * A small pipeline every scenario starts from: two people (one with an address), a deal, a follow-up,
 * a running cadence, a user cadence, a merge, and a detection on tab 7. Returns what scenarios need.
 */
export async function seed(db: SidecarDB, m: Messages) {
  const anna = await addPerson(db, { name: 'Анна Лебедева', emails: ['anna@severtrans.ru'], key: 'a' });
  const bob = await addPerson(db, { name: 'Bob Ng', linkedinUrl: 'https://www.linkedin.com/in/bob/', key: 'b' });
  const carl = await addPerson(db, { name: 'Carl Öz', linkedinUrl: null, emails: ['carl@oz.com.tr'], key: 'c' });
  const { dealId } = await m.sendOk('createDeal', {
    personId: anna,
    title: 'Fleet',
    value: 100,
    currency: 'EUR',
    expectedClose: null,
  });
  const { followUpId } = await m.sendOk('scheduleFollowUp', {
    personId: anna,
    dealId: null,
    dueAt: 5_000,
    kind: 'call',
    note: 'Zadzwonić',
  });
  const { cadenceRunId } = await m.sendOk('startCadence', { personId: bob, cadenceId: 'builtin:seven-touches' });
  const { cadenceId } = await m.sendOk('saveCadence', {
    cadence: { name: 'Short', steps: [{ offsetDays: 0, kind: 'email', note: null, noteKey: null }] },
  });
  const dave = await addPerson(db, { name: 'Dave', linkedinUrl: 'https://www.linkedin.com/in/dave/', key: 'd' });
  const { mergeActivityId } = await m.sendOk('mergePersons', { survivorId: bob, absorbedId: dave, choices: {} });
  // Someone forgotten: every capture checks the suppression list (a salt and two hashes) before it writes.
  const eve = await addPerson(db, {
    name: 'Eve Ek',
    linkedinUrl: 'https://www.linkedin.com/in/eve/',
    emails: ['eve@ek.se'],
  });
  await m.sendOk('forgetPerson', { personId: eve });
  const detection: Detection = {
    url: 'https://www.linkedin.com/in/zofia/',
    pageKind: 'linkedin-profile',
    company: null,
    signedInUser: null,
    degraded: false,
    warnings: [],
    hiddenMessages: 0,
    contacts: [
      contactOf({ key: 'new', name: 'Zofia Kowalczyk', linkedinUrl: 'https://www.linkedin.com/in/zofia/' }),
      contactOf({ key: 'known', name: 'Bob Ng', linkedinUrl: 'https://www.linkedin.com/in/bob/' }),
    ],
  };
  await saveDetection(7, detection);
  const pipeline = (await db.pipelines.get(DEFAULT_PIPELINE_ID))!;
  return { anna, bob, carl, dealId, followUpId, cadenceRunId, cadenceId, mergeActivityId, pipeline };
}
type Seeded = Awaited<ReturnType<typeof seed>>;

/** One run of each write message, from the seeded pipeline; each must succeed when nothing fails. */
export const SCENARIOS: Partial<Record<MessageName, (m: Messages, s: Seeded) => Promise<Reply>>> = {
  captureContact: (m) => m.send('captureContact', { key: 'new', trusted: true }, tab(7)),
  captureFromTab: (m) => m.send('captureFromTab', { tabId: 7, key: 'known' }),
  captureManual: (m) =>
    m.send('captureManual', {
      contact: contactOf({ name: 'สมชาย ใจดี', linkedinUrl: 'https://www.linkedin.com/in/somchai/' }),
      pageKind: 'linkedin-profile',
      url: 'https://www.linkedin.com/in/somchai/',
    }),
  logEmail: (m) =>
    m.send(
      'logEmail',
      {
        account: 'me@brightloop.io',
        threadUrl: null,
        messages: [
          gmailMessage('g1', 'me@brightloop.io', ['anna@severtrans.ru', 'new@firma.pl'], 9_000),
          gmailMessage('g2', 'anna@severtrans.ru', ['me@brightloop.io'], 9_500),
        ],
      },
      tab(8),
    ),
  composeFollowUp: async (m) => {
    const base = {
      draftKey: 'd1',
      account: 'me@brightloop.io',
      recipients: [
        { email: 'carl@oz.com.tr', name: null },
        { email: 'yeni@firma.com.tr', name: 'Yeni Kişi' },
      ],
      subject: 'Teklif',
      sendAt: 10_000,
      days: 3,
    };
    await m.send('composeFollowUp', { ...base, state: 'pending' }, tab(8));
    return m.send('composeFollowUp', { ...base, state: 'confirmed' }, tab(8));
  },
  scheduleFollowUpForContact: (m) =>
    m.send('scheduleFollowUpForContact', { key: 'known', preset: { kind: 'in-3-days' } }, tab(7)),
  updatePerson: (m, s) => m.send('updatePerson', { personId: s.anna, patch: { title: 'CFO', tags: ['vip'] } }),
  deletePerson: (m, s) => m.send('deletePerson', { personId: s.anna }),
  forgetPerson: (m, s) => m.send('forgetPerson', { personId: s.bob }),
  changeQualification: (m, s) => m.send('changeQualification', { personId: s.anna, status: 'sql' }),
  mergePersons: (m, s) => m.send('mergePersons', { survivorId: s.anna, absorbedId: s.carl, choices: {} }),
  undoMerge: (m, s) => m.send('undoMerge', { mergeActivityId: s.mergeActivityId }),
  // Undo of a follow-up's creation: the snapshot had none, so the follow-up is removed.
  restoreRows: (m, s) => m.send('restoreRows', { put: {}, remove: { followUps: [s.followUpId] } }),
  createDeal: (m, s) =>
    m.send('createDeal', { personId: s.carl, title: 'Pilot', value: 5, currency: 'TRY', expectedClose: null }),
  updateDeal: (m, s) => m.send('updateDeal', { dealId: s.dealId, patch: { probability: 30 } }),
  moveDeal: (m, s) =>
    m.send('moveDeal', {
      dealId: s.dealId,
      toStageId: s.pipeline.stages.find((x) => x.kind === 'won')!.id,
    }),
  logActivity: (m, s) =>
    m.send('logActivity', {
      activity: {
        kind: 'meeting',
        personId: s.anna,
        at: 20_000,
        title: 'Demo',
        isDemo: true,
        durationMinutes: 30,
        note: '',
      },
    }),
  scheduleFollowUp: (m, s) =>
    m.send('scheduleFollowUp', { personId: s.carl, dealId: null, dueAt: 7_000, kind: 'email', note: '' }),
  completeFollowUp: (m, s) => m.send('completeFollowUp', { followUpId: s.followUpId }),
  snoozeFollowUp: (m, s) => m.send('snoozeFollowUp', { followUpId: s.followUpId, until: 50_000 }),
  rescheduleFollowUp: (m, s) => m.send('rescheduleFollowUp', { followUpId: s.followUpId, dueAt: 60_000 }),
  updateSettings: (m) => m.send('updateSettings', { patch: { stalledDays: 21 } }),
  addPipeline: (m) => m.send('addPipeline', { templateId: 'hubspot' }),
  savePipeline: (m, s) => {
    const { position: _position, ...pipeline } = s.pipeline;
    void _position;
    return m.send('savePipeline', { pipeline: { ...pipeline, stages: [...pipeline.stages].reverse() } });
  },
  removeStage: (m, s) =>
    m.send('removeStage', {
      pipelineId: s.pipeline.id,
      stageId: s.pipeline.stages[0]!.id,
      moveDealsTo: s.pipeline.stages[1]!.id,
    }),
  scheduleFollowUpPreset: (m, s) =>
    m.send('scheduleFollowUpPreset', {
      personId: s.anna,
      dealId: s.dealId,
      preset: { kind: 'next-week' },
      kind: 'task',
      note: '',
    }),
  saveCadence: (m) =>
    m.send('saveCadence', {
      cadence: { name: 'Długa', steps: [{ offsetDays: 1, kind: 'call', note: null, noteKey: null }] },
    }),
  deleteCadence: (m, s) => m.send('deleteCadence', { cadenceId: s.cadenceId }),
  startCadence: (m, s) => m.send('startCadence', { personId: s.anna, cadenceId: s.cadenceId }),
  stopCadence: (m, s) => m.send('stopCadence', { cadenceRunId: s.cadenceRunId }),
  deleteAllData: (m) => m.send('deleteAllData', { confirm: 'delete everything' }),
  liftSuppression: (m) => m.send('liftSuppression', { address: 'eve@ek.se' }),
};

/** A fresh fake browser for a scenario (detections live in storage.session). */
export const resetBrowser = () => fakeBrowser.reset();
