// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelShell } from '@/components/panel-shell';
import { detectionKey } from '@/lib/tabs/detections-store';
import type { Detection } from '@/lib/domain/contact';
import { addPerson, contact, newDb, renderShell } from './harness';

const snapshot = async () => ({ html: '<html></html>', url: 'https://x.test/', pageKind: 'linkedin-profile' });
const shell = (search = '?tabId=7') => (
  <PanelShell search={search} browserLanguages={['en-US']} getSnapshot={snapshot} />
);
const detection = (over: Partial<Detection> = {}): Detection => ({
  url: 'https://www.linkedin.com/in/rebecca/',
  pageKind: 'linkedin-profile',
  contacts: [contact({ name: 'Rebecca Thornton' })],
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  ...over,
});

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('panel shell', () => {
  it('has the four tabs, a Search box, and by default On this page plus the Pipeline list', async () => {
    const db = await newDb();
    await addPerson(db, { name: 'Олена Коваль' });
    await addPerson(db, { name: 'Anna Nowak' });
    await fakeBrowser.storage.session.set({ [detectionKey(7)]: detection() });
    renderShell(shell(), db);
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['On this page', 'Pipeline', 'Today', 'Insights']);
    expect(screen.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeTruthy();
    const region = await screen.findByRole('region', { name: 'On this page' });
    await within(region).findByText('Rebecca Thornton');
    const list = screen.getByRole('list', { name: 'Pipeline' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Олена Коваль');
    expect(list.textContent).toContain('Anna Nowak');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('moves between tabs with the arrow keys and with g p / g o', async () => {
    const db = await newDb();
    renderShell(shell(), db);
    const first = screen.getByRole('tab', { name: 'On this page' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Pipeline' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Pipeline' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Insights' }).getAttribute('aria-selected')).toBe('true');
    (document.activeElement as HTMLElement).blur();
    fireEvent.keyDown(document.body, { key: 'g' });
    fireEvent.keyDown(document.body, { key: 'o' });
    expect(screen.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
  });

  it('selects a view from ?view= and opens ?prospect=<id>', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'İlker Yılmaz' });
    renderShell(shell(`?view=pipeline&prospect=${id}`), db);
    expect(await screen.findByRole('heading', { name: 'İlker Yılmaz' })).toBeTruthy();
    // While a prospect is open no tab is highlighted (issue 19); a tab brings its view back.
    expect(screen.queryByRole('tab', { selected: true })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Pipeline' }));
    expect(screen.getByRole('tab', { name: 'Pipeline' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens a prospect from the Pipeline list, and / focuses search without stealing keys from fields', async () => {
    const db = await newDb();
    await addPerson(db, { name: 'Anna Nowak' });
    renderShell(shell(), db);
    const list = await screen.findByRole('list', { name: 'Pipeline' });
    fireEvent.click(await within(list).findByText('Anna Nowak'));
    expect(await screen.findByRole('heading', { name: 'Anna Nowak' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '/' });
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(document.activeElement).toBe(search);
    fireEvent.keyDown(search, { key: 'g' });
    fireEvent.keyDown(search, { key: 'p' });
    expect(screen.queryByRole('tab', { selected: true })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Anna Nowak' })).toBeTruthy();
  });

  it('searches as you type and opens a result', async () => {
    const db = await newDb();
    await addPerson(db, { name: 'Łukasz Żółć' });
    await addPerson(db, { name: 'Олена Коваль' });
    renderShell(shell(), db);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'olena' } });
    const results = await screen.findByRole('list', { name: 'People found' });
    await within(results).findByText('Олена Коваль');
    expect(results.textContent).not.toContain('Łukasz');
    fireEvent.click(within(results).getByText('Олена Коваль'));
    expect(await screen.findByRole('heading', { name: 'Олена Коваль' })).toBeTruthy();
  });

  it('switches language from the settings menu through updateSettings', async () => {
    const db = await newDb();
    renderShell(shell(), db);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'pl' } });
    await waitFor(async () => expect((await db.settings.get('settings'))?.value.language).toBe('pl'));
    await waitFor(() => expect(document.documentElement.lang).toBe('pl'));
  });
});
