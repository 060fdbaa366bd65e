// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { OnThisPage } from '@/components/on-this-page';
import type { DetectedContact, Detection } from '@/lib/domain/contact';
import { contact, newDb, renderPanel } from './harness';
import { WithToasts } from './toast-harness';

afterEach(cleanup);

const search = (): Detection => ({
  url: 'https://www.linkedin.com/search/results/people/?keywords=revops',
  pageKind: 'linkedin-search-people',
  company: null,
  signedInUser: null,
  degraded: false,
  warnings: [],
  hiddenMessages: 0,
  contacts: [
    contact({ key: 'a', name: 'Chloe Vandermeer' }),
    contact({ key: 'b', name: 'Олена Коваленко' }),
    contact({ key: 'c', name: 'Marcus Feldman' }),
  ],
});

describe('Add all', () => {
  it('lists who will be added, captures each one not yet known, and says so', async () => {
    const db = await newDb();
    const onCapture = vi.fn(async (_c: DetectedContact) => true);
    renderPanel(
      <WithToasts>
        <OnThisPage
          tabId={3}
          detection={search()}
          onOpen={() => undefined}
          getSnapshot={async () => ({ html: '', url: '', pageKind: 'other' })}
          onManualCapture={async () => null}
          onCapture={onCapture}
          statusOf={(c) => (c.key === 'c' ? { label: 'Prospecting', personId: 'p' } : null)}
        />
      </WithToasts>,
      db,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add all (2)' }));
    const dialog = screen.getByRole('dialog', { name: 'Add 2 people to the pipeline?' });
    const names = within(dialog).getByRole('list', { name: 'People to add' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Chloe Vandermeer', 'Олена Коваленко']);
    expect(onCapture).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add 2 people' }));
    await screen.findByText('Added 2 people to the pipeline');
    expect(onCapture.mock.calls.map(([c]) => c.key)).toEqual(['a', 'b']);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers nothing for a single new person, and Cancel adds nobody', async () => {
    const db = await newDb();
    const onCapture = vi.fn(async () => true);
    const only = { ...search(), contacts: search().contacts.slice(0, 2) };
    const view = (d: Detection) => (
      <OnThisPage
        tabId={3}
        detection={d}
        onOpen={() => undefined}
        getSnapshot={async () => ({ html: '', url: '', pageKind: 'other' })}
        onManualCapture={async () => null}
        onCapture={onCapture}
        statusOf={(c) => (c.key === 'a' ? { label: 'Lead', personId: 'p' } : null)}
      />
    );
    renderPanel(view(only), db);
    expect(screen.queryByRole('button', { name: /Add all/ })).toBeNull();
    cleanup();
    renderPanel(view(search()), db);
    fireEvent.click(await screen.findByRole('button', { name: 'Add all (2)' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onCapture).not.toHaveBeenCalled();
  });
});
