// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { ProspectView } from '@/components/prospect/prospect-view';
import { logEmails } from '@/lib/worker/log-email';
import type { SidecarDB } from '@/lib/db/schema';
import { addPerson, newDb, renderPanel } from './harness';

afterEach(cleanup);

async function open(db: SidecarDB, id: string, onBack = () => undefined) {
  renderPanel(<ProspectView personId={id} command={null} onBack={onBack} onOpenPerson={() => undefined} />, db);
  await screen.findByRole('heading', { level: 2 });
}

describe('prospect view', () => {
  it('shows the name as written, lifecycle, lead score reasons and touches against 6–8', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'สมชาย ใจดี', headline: 'หัวหน้าฝ่ายขาย' });
    await open(db, id);
    expect(screen.getByRole('heading', { level: 2, name: 'สมชาย ใจดี' })).toBeTruthy();
    expect(screen.getByText('หัวหน้าฝ่ายขาย')).toBeTruthy();
    expect(screen.getByText('0 touches of 6–8')).toBeTruthy();
    expect(screen.getByText('Lead score 0')).toBeTruthy();
  });

  it('validates the details inline and saves a valid edit (updatePerson)', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await open(db, id);
    fireEvent.click(screen.getByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Details' });
    const name = within(form).getByRole('textbox', { name: 'Name' });
    fireEvent.input(name, { target: { value: '  ' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Emails' }), {
      target: { value: 'anna@acme.example, nope' },
    });
    fireEvent.submit(form);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('A name is needed.')).toBeTruthy();
    expect(within(form).getByText('That is not an email address.')).toBeTruthy();
    fireEvent.input(name, { target: { value: 'Anna Nowak-Kowalska' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Emails' }), { target: { value: 'Anna@Acme.example' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Company' }), { target: { value: 'Acme' } });
    fireEvent.submit(form);
    // Saved: the form closes and says so.
    const details = screen.getByRole('region', { name: 'Details' });
    expect((await within(details).findByRole('status')).textContent).toBe('Saved.');
    expect(screen.queryByRole('form', { name: 'Details' })).toBeNull();
    const p = await db.prospects.get(id);
    expect([p?.displayName, p?.emails, p?.company, p?.provenance.displayName?.source]).toEqual([
      'Anna Nowak-Kowalska',
      ['anna@acme.example'],
      'Acme',
      'user',
    ]);
  });

  it('answers BANT, sets fit and marks SQL only when the user says so', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await open(db, id);
    const budget = screen.getByRole('radiogroup', { name: 'Budget' });
    fireEvent.click(within(budget).getByRole('radio', { name: 'Yes' }));
    await waitFor(async () => expect((await db.prospects.get(id))?.qualification.budget.answer).toBe('yes'));
    const note = screen.getByRole('textbox', { name: 'Note on Budget' });
    fireEvent.change(note, { target: { value: '50k approved' } });
    await waitFor(async () => expect((await db.prospects.get(id))?.qualification.budget.note).toBe('50k approved'));
    const fit = screen.getByRole('spinbutton', { name: 'Fit (0–100)' });
    fireEvent.input(fit, { target: { value: '140' } });
    fireEvent.blur(fit);
    expect(screen.getByText('A whole number from 0 to 100.')).toBeTruthy();
    fireEvent.input(fit, { target: { value: '80' } });
    fireEvent.blur(fit);
    await waitFor(async () => expect((await db.prospects.get(id))?.qualification.fit).toBe(80));
    expect((await db.prospects.get(id))?.qualification.status).toBe('none');
    fireEvent.click(screen.getByRole('button', { name: 'SQL' }));
    await waitFor(async () => expect((await db.prospects.get(id))?.lifecycle).toBe('sql'));
    await screen.findByText('Budget confirmed (+10)');
  });

  it('creates a deal from a locale-typed value and asks for a next step before leaving the first stage', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await open(db, id);
    fireEvent.click(screen.getByRole('button', { name: 'New deal' }));
    const form = screen.getByRole('form', { name: 'New deal' });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Value' }), { target: { value: '12,345.67' } });
    fireEvent.submit(form);
    const deals = await screen.findByRole('list', { name: 'Deals' });
    const [deal] = await db.deals.toArray();
    expect([deal?.value, deal?.currency, deal?.stageId]).toEqual([1234567, 'EUR', 'prospecting']);
    expect(deals.textContent).toContain('€12,345.67');
    fireEvent.change(within(deals).getByRole('combobox', { name: 'Stage' }), { target: { value: 'qualification' } });
    const prompt = await screen.findByRole('form', { name: 'Next step' });
    expect(prompt.textContent).toContain('Moving to Qualification needs a next step with a date.');
    expect((await db.deals.toArray())[0]?.stageId).toBe('prospecting');
    fireEvent.input(within(prompt).getByRole('textbox', { name: 'Next step' }), {
      target: { value: 'Send the proposal' },
    });
    fireEvent.submit(prompt);
    await waitFor(async () => expect((await db.deals.toArray())[0]?.stageId).toBe('qualification'));
    expect((await db.deals.toArray())[0]?.nextStep?.text).toBe('Send the proposal');
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Deal moved: Prospecting → Qualification');
  });

  it('logs a note in two keystrokes: N, type, Ctrl+Enter; C logs a call', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await open(db, id);
    fireEvent.keyDown(document.body, { key: 'n' });
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'Prefers calls after 3 pm' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Prefers calls after 3 pm');
    expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
    fireEvent.keyDown(document.body, { key: 'c' });
    const call = screen.getByRole('textbox', { name: 'What was said' });
    fireEvent.input(call, { target: { value: 'Booked a demo' } });
    fireEvent.keyDown(call, { key: 'Enter', metaKey: true });
    await within(timeline).findByText('Outbound call: Connected');
    expect(screen.getByText('1 touch of 6–8')).toBeTruthy();
  });

  it('shows emails on the timeline with subject, snippet and a link to the thread', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak', emails: ['anna@acme.example'] });
    const message = {
      gmailMessageId: 'm1',
      threadId: null,
      subject: 'Pricing',
      at: 5000,
      from: { email: 'anna@acme.example', name: null },
      to: [{ email: 'me@x.example', name: null }],
      cc: [],
      snippet: 'Could you send…',
    };
    const threadUrl = 'https://mail.google.com/mail/u/0/#inbox/t1';
    await logEmails(db, { account: 'me@x.example', threadUrl, messages: [message] }, { now: 6000 });
    await open(db, id);
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    await within(timeline).findByText('Pricing');
    expect(within(timeline).getByText('Email received:')).toBeTruthy();
    expect(within(timeline).getByText('Could you send…')).toBeTruthy();
    expect(within(timeline).getByRole('link', { name: 'Open the thread' }).getAttribute('href')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/t1',
    );
  });

  it('schedules a follow-up from a preset, then marks it done', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await open(db, id);
    fireEvent.keyDown(document.body, { key: 'f' });
    const form = screen.getByRole('form', { name: 'Schedule follow-up' });
    fireEvent.click(within(form).getByRole('radio', { name: 'Next week' }));
    fireEvent.submit(form);
    await waitFor(async () => expect(await db.followUps.count()).toBe(1));
    const list = await screen.findByRole('list', { name: 'Follow-ups' });
    fireEvent.click(within(list).getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await db.followUps.toArray())[0]?.done).toBe(true));
  });

  it('suggests a duplicate across scripts, merges with chosen fields, and undoes the merge', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Łukasz Nowak', company: 'Acme', headline: 'CTO' });
    await addPerson(db, { name: 'Lukasz Nowak', company: 'Acme', headline: 'Chief Technology Officer' });
    await open(db, id);
    const dupes = await screen.findByRole('list', { name: 'Possible duplicates' });
    fireEvent.click(within(dupes).getByRole('button', { name: 'Merge' }));
    const dialog = screen.getByRole('dialog', { name: /Merge Lukasz Nowak/ });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Chief Technology Officer' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect(await db.prospects.count()).toBe(1));
    expect((await db.prospects.get(id))?.headline).toBe('Chief Technology Officer');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo merge' }));
    await waitFor(async () => expect(await db.prospects.count()).toBe(2));
  });

  it('suggests a duplicate stored with word tokens only (before phrases) and one with a one-word name', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Łukasz Nowak', company: 'Acme' });
    const older = await addPerson(db, { name: 'Lukasz Nowak', company: 'Acme' });
    await db.prospects.update(older, { searchTokens: ['acme', 'lukasz', 'nowak'] });
    await addPerson(db, { name: 'Nowak', company: 'Acme' });
    await open(db, id);
    const dupes = await screen.findByRole('list', { name: 'Possible duplicates' });
    expect(within(dupes).getByRole('button', { name: 'Lukasz Nowak' })).toBeTruthy();
  });

  it("shows each side's qualification answers when they conflict in a merge", async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'İlker Yılmaz', company: 'Acme' });
    const other = await addPerson(db, { name: 'Ilker Yilmaz', company: 'Acme' });
    await db.prospects.update(id, {
      qualification: { ...(await db.prospects.get(id))!.qualification, budget: { answer: 'yes', note: '' } },
    });
    await db.prospects.update(other, {
      qualification: {
        ...(await db.prospects.get(other))!.qualification,
        budget: { answer: 'no', note: '' },
        status: 'mql',
        statusChangedAt: 1,
      },
    });
    await open(db, id);
    const dupes = await screen.findByRole('list', { name: 'Possible duplicates' });
    fireEvent.click(within(dupes).getByRole('button', { name: 'Merge' }));
    const dialog = screen.getByRole('dialog', { name: /Merge Ilker Yilmaz/ });
    expect(within(dialog).getByRole('radio', { name: /Budget: Yes · Authority: Unknown/ })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: /Budget: No · .* · MQL$/ })).toBeTruthy();
  });

  it('deletes after confirmation', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    const onBack = vi.fn();
    await open(db, id, onBack);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this person' }));
    expect(await db.prospects.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(onBack).toHaveBeenCalled());
    expect(await db.prospects.count()).toBe(0);
  });
});
