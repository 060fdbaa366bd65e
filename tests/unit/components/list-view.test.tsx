// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PipelineView } from '@/components/board/pipeline-view';
import { placeCapturedPerson } from '@/lib/worker/capture-deal';
import type { SidecarDB } from '@/lib/db/schema';
import { ENGLISH_CAPTURE_TEXTS } from '@/lib/messaging/handlers/capture-texts';
import { makePerson, uuid } from '../domain/make-entities';
import { addPerson, newDb, renderPanel } from './harness';
import { WithToasts } from './toast-harness';

let db: SidecarDB;
beforeEach(async () => {
  localStorage.clear();
  db = await newDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const openList = async () => {
  renderPanel(
    <WithToasts>
      <PipelineView onOpenPerson={() => undefined} />
    </WithToasts>,
    db,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'List' }));
  return screen.findByRole('grid', { name: 'People and deals' });
};

describe('list view', () => {
  it('lists people in two-line rows with their status, and moves several at once, undoable', async () => {
    const ids = [];
    for (const [name, company] of [
      ['Anna Nowak', 'Quillfeather'],
      ['Олег Коваль', 'Cargolink'],
      ['İlker Yılmaz', null],
    ] as const) {
      const id = await addPerson(db, { name, company });
      if (name !== 'İlker Yılmaz') await placeCapturedPerson(db, id, Date.now(), ENGLISH_CAPTURE_TEXTS);
      ids.push(id);
    }
    const grid = await openList();
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(3));
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    const anna = within(grid).getByRole('row', { name: /Anna Nowak/ });
    expect(anna.textContent).toContain('Prospecting');
    expect(anna.textContent).toContain('Quillfeather');
    expect(within(grid).getByRole('row', { name: /İlker/ }).textContent).toContain('Lead');

    // Keyboard: focus the grid, Space selects the first row, Shift+↓ adds the next.
    grid.focus();
    fireEvent.focus(grid);
    fireEvent.keyDown(grid, { key: ' ' });
    await screen.findByText('1 selected');
    fireEvent.keyDown(grid, { key: 'ArrowDown', shiftKey: true });
    await screen.findByText('2 selected');
    const bar = screen.getByRole('group', { name: 'Selected people' });
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Move to…' }), { target: { value: 'qualification' } });
    await screen.findByText('Moved 2 deals to Qualification');
    const stages = async () => (await db.deals.toArray()).map((d) => d.stageId).sort();
    expect(await stages()).toEqual(['qualification', 'qualification']);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await screen.findByText('Undone.');
    expect(await stages()).toEqual(['prospecting', 'prospecting']);
  });

  it('filters, saves the filter, and sorts by company either way', async () => {
    await addPerson(db, { name: 'Anna Nowak', company: 'Quillfeather' });
    await addPerson(db, { name: 'Олег Коваль', company: 'Cargolink' });
    const grid = await openList();
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(2));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'oleg' } });
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Save filter' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Name of the filter' }), { target: { value: 'Ukraine' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Name of the filter' }).closest('form')!);
    await waitFor(async () =>
      expect((await db.settings.get('settings'))?.value.list?.savedFilters[0]?.name).toBe('Ukraine'),
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'company' } });
    await waitFor(() =>
      expect(
        within(grid)
          .getAllByRole('row')
          .map((r) => r.textContent?.slice(0, 4)),
      ).toEqual(['Олег', 'Anna']),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Ascending/ }));
    await waitFor(() =>
      expect(
        within(grid)
          .getAllByRole('row')
          .map((r) => r.textContent?.slice(0, 4)),
      ).toEqual(['Anna', 'Олег']),
    );
  });

  it('draws only a window of 10,000 rows and tells assistive technology how many there are', async () => {
    await db.prospects.bulkAdd(
      Array.from({ length: 10_000 }, (_, n) =>
        makePerson({ id: uuid(5000 + n), displayName: `Person ${String(n).padStart(5, '0')}` }),
      ),
    );
    const grid = await openList();
    await waitFor(() => expect(grid.getAttribute('aria-rowcount')).toBe('10000'));
    const drawn = within(grid).getAllByRole('row');
    expect(drawn.length).toBeLessThan(40);
    grid.focus();
    fireEvent.focus(grid);
    fireEvent.keyDown(grid, { key: 'End' });
    await waitFor(() => expect(grid.getAttribute('aria-activedescendant')).toBe(`row-${uuid(5000 + 9999)}`));
  });
});
