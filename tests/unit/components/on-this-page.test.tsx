// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { OnThisPage } from '@/components/on-this-page';
import { ReportPageButton } from '@/components/report-page-button';
import type { Detection } from '@/lib/domain/contact';
import { reportFileName } from '@/lib/panel/report-download';
import { createPageCapture } from '@/lib/panel/use-capture';
import { contact, newDb, renderPanel, sendFor } from './harness';

afterEach(cleanup);

const detection = (over: Partial<Detection> = {}): Detection => ({
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  pageKind: 'gmail-thread',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts: [
    contact({
      key: 'a',
      site: 'gmail',
      name: 'Hannah Lindgren',
      linkedinUrl: null,
      emails: ['hannah.lindgren@example.com'],
      role: 'from',
    }),
    contact({
      key: 'b',
      site: 'gmail',
      name: null,
      linkedinUrl: null,
      emails: ['noreply@example.com'],
      role: 'cc',
      automated: true,
    }),
  ],
  ...over,
});

const noop = async () => true;
const snapshot = async () => ({ html: '<p>x</p>', url: 'u', pageKind: 'gmail-thread' });

const FROM_A_COMPROMISED_TAB = `<html><head><link rel="stylesheet" href="https://evil.example/x.css">
<base href="https://evil.example/"><style>main{}</style></head><body><main id="ember12" style="color:red"><a
href="https://evil.example/login">Anna Nowak</a><a href="https://www.linkedin.com/in/anna-nowak/">x</a></main></body></html>`;

describe('On this page', () => {
  it('lists Gmail participants with role and Automated sender, a status or Add to pipeline', async () => {
    const db = await newDb();
    const onCapture = vi.fn(async () => true);
    renderPanel(
      <OnThisPage
        tabId={3}
        detection={detection()}
        onOpen={() => undefined}
        getSnapshot={snapshot}
        onManualCapture={async () => null}
        onCapture={onCapture}
        statusOf={(c) => (c.key === 'a' ? { label: 'Lead', personId: 'p' } : null)}
      />,
      db,
    );
    const region = screen.getByRole('region', { name: 'On this page' });
    expect(region.textContent).toContain('hannah.lindgren@example.com');
    expect(within(region).getByText('From')).toBeTruthy();
    expect(within(region).getByText('Cc')).toBeTruthy();
    expect(within(region).getByText('Automated sender')).toBeTruthy();
    expect(within(region).getByText('Lead')).toBeTruthy();
    const add = within(region).getByRole('button', { name: 'Add to pipeline' });
    fireEvent.click(add);
    expect(onCapture).toHaveBeenCalledWith(expect.objectContaining({ key: 'b' }));
  });

  it('shows a failed capture inline', async () => {
    const db = await newDb();
    renderPanel(
      <OnThisPage
        tabId={3}
        detection={detection()}
        onOpen={() => undefined}
        getSnapshot={snapshot}
        onManualCapture={async () => null}
        onCapture={async () => false}
        statusOf={() => null}
      />,
      db,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Add to pipeline' })[0]!);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', "Couldn't save. Try again");
  });

  it('says that collapsed older messages carry no participants', async () => {
    const db = await newDb();
    renderPanel(
      <OnThisPage
        tabId={3}
        detection={detection({ hiddenMessages: 3 })}
        onOpen={() => undefined}
        getSnapshot={snapshot}
        onManualCapture={async () => null}
        onCapture={noop}
        statusOf={() => null}
      />,
      db,
    );
    expect(screen.getByText(/3 collapsed older messages carry no participants/)).toBeTruthy();
  });

  it('when degraded, offers a prefilled manual capture that creates the person (captureManual)', async () => {
    const db = await newDb();
    const found = contact({
      key: 'x',
      name: 'Rebecca Thornton',
      linkedinUrl: 'https://www.linkedin.com/in/rebecca-thornton/',
      headline: 'VP Sales',
    });
    const d = detection({
      pageKind: 'linkedin-profile',
      url: 'https://www.linkedin.com/in/rebecca-thornton/',
      degraded: true,
      contacts: [found],
    });
    const capture = createPageCapture(sendFor(db), 3, d);
    renderPanel(
      <OnThisPage
        tabId={3}
        detection={d}
        onOpen={() => undefined}
        getSnapshot={snapshot}
        onManualCapture={capture.captureManual}
        onCapture={noop}
        statusOf={() => null}
      />,
      db,
    );
    expect(screen.getByText(/Detection may be degraded on this page/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add by hand' }));
    const form = screen.getByRole('form', { name: 'Add a person by hand' });
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Rebecca Thornton');
    expect((within(form).getByLabelText('Headline') as HTMLInputElement).value).toBe('VP Sales');
    fireEvent.input(within(form).getByLabelText('Email'), { target: { value: 'not an email' } });
    fireEvent.submit(form);
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', 'That is not an email address.');
    fireEvent.input(within(form).getByLabelText('Email'), { target: { value: 'rebecca@example.com' } });
    fireEvent.submit(form);
    await within(form).findByRole('status');
    const people = await db.prospects.toArray();
    expect(people.map((p) => [p.displayName, p.emails, p.headline])).toEqual([
      ['Rebecca Thornton', ['rebecca@example.com'], 'VP Sales'],
    ]);
  });

  it('"Report this page" saves the redacted snapshot as sidecar-report-<pageKind>-<date>.html', async () => {
    const db = await newDb();
    const save = vi.fn();
    renderPanel(
      <ReportPageButton
        getSnapshot={async () => ({ html: FROM_A_COMPROMISED_TAB, url: 'u', pageKind: 'linkedin-profile' })}
        save={save}
      />,
      db,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    // Cleaned again in the panel: whatever the tab sent, the file has no stylesheet, id, style, name or
    // foreign link, and keeps the LinkedIn link's shape.
    const saved = String(save.mock.calls[0]?.[0]);
    expect(saved).toContain('<main><a>xxxx xxxxx</a><a href="https://www.linkedin.com/in/xxxxxxxxxx/">x</a></main>');
    for (const gone of ['evil', 'ember12', 'style', 'Anna', '<link', '<base']) expect(saved).not.toContain(gone);
    expect(save.mock.calls[0]?.[1]).toMatch(/^sidecar-report-linkedin-profile-\d{4}-\d{2}-\d{2}\.html$/);
    expect(reportFileName('gmail-thread', Date.UTC(2026, 2, 5))).toBe('sidecar-report-gmail-thread-2026-03-05.html');
  });

  it('says when the tab cannot be reported', async () => {
    const db = await newDb();
    renderPanel(<ReportPageButton getSnapshot={() => Promise.reject(new Error('no receiver'))} save={vi.fn()} />, db);
    fireEvent.click(screen.getByRole('button', { name: 'Report this page' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
