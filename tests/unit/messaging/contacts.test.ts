import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContactHandlers } from '@/lib/messaging/handlers/contacts';
import { statusOf } from '@/lib/worker/contact-status';
import { createDeal } from '@/lib/worker/deals';
import { scheduleFollowUp } from '@/lib/worker/follow-ups';
import { DEFAULT_PIPELINE_ID } from '@/lib/db/repositories/settings';
import { forgetDetectionsInMemory, loadDetection } from '@/lib/tabs/detections-store';
import type { Detection } from '@/lib/domain/contact';
import { contactOf, freshDb } from '../db/test-db';
import { extensionCtx, pageCtx } from './callers';

const detection = (): Detection => ({
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  pageKind: 'gmail-thread',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts: [
    contactOf({
      key: 'mailto:anna@severtrans.ru',
      site: 'gmail',
      name: 'Анна Лебедева',
      linkedinUrl: null,
      emails: ['anna@severtrans.ru'],
      role: 'from',
    }),
    contactOf({
      key: 'mailto:no-reply@calendly.com',
      site: 'gmail',
      name: 'Calendly',
      linkedinUrl: null,
      emails: ['no-reply@calendly.com'],
      role: 'from',
      automated: true,
    }),
  ],
});

describe('contact handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetDetectionsInMemory();
  });

  it("keeps Never-log senders out of the tab's detection and marks them for the overlay", async () => {
    const h = createContactHandlers(await freshDb());
    const reply = await h.reportDetection(detection(), pageCtx(3));
    expect(reply).toEqual({
      ok: true,
      value: {
        'mailto:anna@severtrans.ru': { known: false },
        'mailto:no-reply@calendly.com': { known: false, neverLog: true },
      },
    });
    expect((await loadDetection(3))?.contacts.map((c) => c.name)).toEqual(['Анна Лебедева']);
  });

  it("captures only what was detected on the sender's own tab, and reports the new status", async () => {
    const db = await freshDb();
    const h = createContactHandlers(db);
    await h.reportDetection(detection(), pageCtx(3));
    expect(await h.captureContact({ key: 'mailto:anna@severtrans.ru', trusted: true }, pageCtx(4))).toMatchObject({
      ok: false,
      error: 'not-found',
    });
    const reply = await h.captureContact({ key: 'mailto:anna@severtrans.ru', trusted: true }, pageCtx(3));
    // The capture put her on the board: the overlay's status is the stage she landed in (issue 19).
    const stage = { nameKey: 'stage.b2b.prospecting', name: null };
    expect(reply).toMatchObject({ ok: true, value: { status: { known: true, lifecycle: 'lead', stage } } });
    expect(await db.prospects.count()).toBe(1);
    const again = await h.getContactStatuses({ keys: ['mailto:anna@severtrans.ru'] }, pageCtx(3));
    expect(again).toMatchObject({ ok: true, value: { 'mailto:anna@severtrans.ru': { known: true, stage } } });
  });

  it('puts a new person on the board once: one deal in the first stage, with "First touch" next', async () => {
    const db = await freshDb();
    const h = createContactHandlers(db);
    await h.reportDetection(detection(), pageCtx(3));
    await h.captureContact({ key: 'mailto:anna@severtrans.ru', trusted: true }, pageCtx(3));
    await h.captureFromTab({ tabId: 3, key: 'mailto:anna@severtrans.ru' }, extensionCtx);
    const deals = await db.deals.toArray();
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ stageId: 'prospecting', title: 'New deal', status: 'open', value: 0 });
    expect(deals[0]?.nextStep?.text).toBe('First touch');
  });

  it('keeps contacts only when the settings say so', async () => {
    const db = await freshDb();
    await db.settings.update('settings', { 'value.capture': { deals: false, pipelineId: null } });
    const h = createContactHandlers(db);
    await h.reportDetection(detection(), pageCtx(3));
    const reply = await h.captureFromTab({ tabId: 3, key: 'mailto:anna@severtrans.ru' }, extensionCtx);
    expect(reply).toMatchObject({ ok: true, value: { status: { known: true, stage: null } } });
    expect(await db.deals.count()).toBe(0);
  });

  it("answers a known person's capture with the status statusOf reads (stage, next follow-up), and fills empty fields only", async () => {
    const db = await freshDb();
    const h = createContactHandlers(db);
    await h.reportDetection(detection(), pageCtx(3));
    const first = await h.captureContact({ key: 'mailto:anna@severtrans.ru', trusted: true }, pageCtx(3));
    if (!first.ok) throw new Error('first capture failed');
    const { personId } = first.value;
    await db.prospects.update(personId, {
      lifecycle: 'customer',
      title: 'CFO',
      provenance: { title: { source: 'user', at: 5 } },
    });
    expect(
      (
        await createDeal(
          db,
          {
            personId,
            pipelineId: DEFAULT_PIPELINE_ID,
            title: 'Fleet',
            value: 100,
            currency: 'EUR',
            expectedClose: null,
          },
          { now: 10 },
        )
      ).ok,
    ).toBe(true);
    expect(
      (await scheduleFollowUp(db, { personId, dealId: null, dueAt: 5_000, kind: 'email', note: '' }, { now: 10 })).ok,
    ).toBe(true);
    const withTitle = detection();
    withTitle.contacts[0] = { ...withTitle.contacts[0]!, title: 'Intern', headline: 'Logistics at Severtrans' };
    await h.reportDetection(withTitle, pageCtx(3));

    const again = await h.captureContact({ key: 'mailto:anna@severtrans.ru', trusted: true }, pageCtx(3));
    const row = await db.prospects.get(personId);
    expect(row).toMatchObject({ lifecycle: 'customer', title: 'CFO', headline: 'Logistics at Severtrans' });
    expect(again).toEqual({ ok: true, value: { personId, status: await statusOf(db, row) } });
    expect(again).toMatchObject({
      ok: true,
      value: {
        status: { known: true, lifecycle: 'customer', stage: { nameKey: expect.any(String) }, nextFollowUpAt: 5_000 },
      },
    });
    expect(await db.prospects.count()).toBe(1);
  });

  it('refuses page messages without a tab', async () => {
    const h = createContactHandlers(await freshDb());
    expect(await h.reportDetection(detection(), extensionCtx)).toEqual({ ok: false, error: 'forbidden' });
  });
});

describe('detections store', () => {
  it('reads back from storage.session after a worker restart (the memory copy is gone)', async () => {
    fakeBrowser.reset();
    const h = createContactHandlers(await freshDb());
    await h.reportDetection(detection(), pageCtx(9));
    forgetDetectionsInMemory();
    expect((await loadDetection(9))?.contacts).toHaveLength(1);
  });
});
