import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_DRAFTS_PER_TAB,
  clearPendingDrafts,
  composeKey,
  savePendingDraft,
  takePendingDraft,
  type ComposeDraft,
} from '@/lib/tabs/compose-drafts';
import { forgetDetectionsInMemory, loadDetection, saveDetection } from '@/lib/tabs/detections-store';
import { MAX_AGE_MS, resetSweepClock, storedBytes } from '@/lib/tabs/session-space';
import { createGmailHandlers } from '@/lib/messaging/handlers/gmail';
import { EPOCH_END } from '@/lib/domain/epoch-range';
import { freshDb } from '../db/test-db';
import { extensionCtx, pageCtx } from '../messaging/callers';
import { detectionOf, limitSessionStorage } from './tab-fixtures';

const NOW = Date.UTC(2026, 2, 27, 10);
const draft = (draftKey: string, over: Partial<ComposeDraft> = {}): ComposeDraft => ({
  draftKey,
  state: 'pending',
  account: 'me@example.com',
  recipients: [{ email: 'olena@example.ua', name: 'Олена' }],
  subject: 'Пропозиція',
  sendAt: NOW,
  days: 3,
  ...over,
});
const entry = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(composeKey(tabId)))[composeKey(tabId)] as
    { drafts: Record<string, unknown> } | undefined;

describe('pending compose drafts (issue 16)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    forgetDetectionsInMemory();
    resetSweepClock();
  });

  it("keeps each tab's drafts apart: another tab's draftKey finds nothing", async () => {
    await savePendingDraft(1, draft('d1'), NOW);
    expect(await takePendingDraft(2, 'd1', NOW)).toBeNull();
    expect(await takePendingDraft(1, 'd1', NOW)).toMatchObject({ draftKey: 'd1', sendAt: NOW });
    expect(await takePendingDraft(1, 'd1', NOW)).toBeNull(); // taken
    expect(await entry(1)).toBeUndefined();
  });

  it('caps a tab at its newest drafts, however many it sends at once', async () => {
    await Promise.all(Array.from({ length: 500 }, (_, i) => savePendingDraft(1, draft(`d${i}`), NOW + i)));
    const drafts = Object.keys((await entry(1))?.drafts ?? {});
    expect(drafts).toHaveLength(MAX_DRAFTS_PER_TAB);
    expect(drafts.sort()).toEqual(Array.from({ length: MAX_DRAFTS_PER_TAB }, (_, i) => `d${499 - i}`).sort());
    expect(storedBytes(await entry(1))).toBeLessThan(MAX_DRAFTS_PER_TAB * 70_000);
  });

  it('expires a draft after the longest legitimate wait', async () => {
    await savePendingDraft(1, draft('d1'), NOW);
    expect(await takePendingDraft(1, 'd1', NOW + MAX_AGE_MS.compose + 1)).toBeNull();
  });

  it('hands back nothing that fails the schema (a draft written as it was before issue 16)', async () => {
    const hostile = { draftKey: 'd1', sendAt: 9_007_199_254_740_991 };
    await fakeBrowser.storage.session.set({
      [composeKey(1)]: { savedAt: NOW, drafts: { d1: { savedAt: NOW, draft: hostile } } },
    });
    expect(await takePendingDraft(1, 'd1', NOW)).toBeNull();
  });

  it('goes with its tab', async () => {
    await savePendingDraft(1, draft('d1'), NOW);
    await clearPendingDrafts(1);
    expect(await entry(1)).toBeUndefined();
  });

  it("one tab flooding drafts cannot break another tab's detection", async () => {
    limitSessionStorage(600_000);
    await saveDetection(2, detectionOf(0), NOW);
    const many = Array.from({ length: 100 }, (_, i) => ({
      email: `p${i}@${'x'.repeat(200)}.example.com`,
      name: 'y'.repeat(300),
    }));
    for (let i = 0; i < 200; i++) await savePendingDraft(1, draft(`d${i}`, { recipients: many }), NOW + i);
    forgetDetectionsInMemory();
    expect(await loadDetection(2)).not.toBeNull();
    await saveDetection(3, detectionOf(1), NOW + 1_000);
    expect(await loadDetection(3)).not.toBeNull();
  });
});

describe('composeFollowUp through the handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSweepClock();
  });

  it('pending then confirmed on one tab creates the follow-up, due in range', async () => {
    const h = createGmailHandlers(await freshDb());
    const ctx = pageCtx(4, 'https://mail.google.com/mail/u/0/');
    expect(await h.composeFollowUp(draft('d1'), ctx)).toEqual({ ok: true, value: { followUps: 0 } });
    expect(await h.composeFollowUp(draft('d1', { state: 'confirmed', recipients: [] }), ctx)).toEqual({
      ok: true,
      value: { followUps: 1 },
    });
    expect(await entry(4)).toBeUndefined();
  });

  it('a stored draft with a far-future sendAt is ignored, and confirming still answers at once', async () => {
    const db = await freshDb();
    const h = createGmailHandlers(db);
    const hostile = { ...draft('d1'), sendAt: 9_007_199_254_740_991 };
    await fakeBrowser.storage.session.set({
      [composeKey(4)]: { savedAt: Date.now(), drafts: { d1: { savedAt: Date.now(), draft: hostile } } },
    });
    const reply = await h.composeFollowUp(
      draft('d1', { state: 'confirmed' }),
      pageCtx(4, 'https://mail.google.com/mail/u/0/'),
    );
    expect(reply).toEqual({ ok: true, value: { followUps: 1 } });
    for (const f of await db.followUps.toArray()) expect(f.dueAt).toBeLessThan(EPOCH_END);
  });

  it('is forbidden without a tab', async () => {
    const h = createGmailHandlers(await freshDb());
    expect(await h.composeFollowUp(draft('d1'), extensionCtx)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
  });
});
