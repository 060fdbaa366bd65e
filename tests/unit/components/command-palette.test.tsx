// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelShell } from '@/components/panel-shell';
import { addPerson, newDb, renderShell } from './harness';

const snapshot = async () => ({ html: '', url: '', pageKind: 'other' });
const shell = () => <PanelShell search="?tabId=1" browserLanguages={['en']} getSnapshot={snapshot} />;
const openPalette = () => fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('command palette', () => {
  it('opens with Ctrl+K as a dialog with a combobox and listbox, and Escape closes it', async () => {
    const db = await newDb();
    renderShell(shell(), db);
    openPalette();
    const dialog = screen.getByRole('dialog', { name: 'Command palette' });
    const box = within(dialog).getByRole('combobox');
    expect(document.activeElement).toBe(box);
    expect(within(dialog).getByRole('listbox').id).toBe(box.getAttribute('aria-controls'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
  });

  it('filters commands as you type, moves with arrows and runs with Enter', async () => {
    const db = await newDb();
    renderShell(shell(), db);
    openPalette();
    const box = screen.getByRole('combobox');
    fireEvent.input(box, { target: { value: 'go to' } });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Go to On this page', 'Go to Pipeline', 'Go to Today', 'Go to Insights']);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: 'Go to Pipeline' }).getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: 'Go to Pipeline' }).id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Pipeline' }).getAttribute('aria-selected')).toBe('true');
  });

  it('finds people by name in any script and opens one', async () => {
    const db = await newDb();
    await addPerson(db, { name: 'İlker Yılmaz' });
    renderShell(shell(), db);
    openPalette();
    const box = screen.getByRole('combobox');
    fireEvent.input(box, { target: { value: 'ilker' } });
    await screen.findByRole('option', { name: 'İlker Yılmaz' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByRole('heading', { name: 'İlker Yılmaz' })).toBeTruthy();
  });

  it('switches the language and offers prospect commands only with a prospect open', async () => {
    const db = await newDb();
    renderShell(shell(), db);
    openPalette();
    expect(screen.queryByRole('option', { name: 'Log a note for this prospect' })).toBeNull();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'polski' } });
    fireEvent.click(screen.getByRole('option', { name: 'Language: Polski' }));
    await waitFor(async () => expect((await db.settings.get('settings'))?.value.language).toBe('pl'));
  });

  it('logs a note for the open prospect from the palette', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    renderShell(<PanelShell search={`?tabId=1&prospect=${id}`} browserLanguages={['en']} getSnapshot={snapshot} />, db);
    await screen.findByRole('heading', { name: 'Anna Nowak' });
    openPalette();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'note' } });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    const box = await screen.findByRole('textbox', { name: 'Note' });
    await waitFor(() => expect(document.activeElement).toBe(box));
  });
});
