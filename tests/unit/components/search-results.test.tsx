// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { SearchResults } from '@/components/search-results';
import { makeDeal } from '../domain/make-entities';
import { addPerson, newDb, renderPanel } from './harness';

afterEach(cleanup);

describe('search results', () => {
  it('finds text in call logs and next steps, and never says "no one found" above a match', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    await db.activities.add({
      id: crypto.randomUUID(),
      personId: id,
      at: 5_000,
      createdAt: 5_000,
      kind: 'call',
      direction: 'outbound',
      outcome: 'connected',
      durationMinutes: null,
      note: 'Asked about pricing tiers',
    });
    await db.deals.add(
      makeDeal({ id: crypto.randomUUID(), personId: id, nextStep: { text: 'Send the pricing sheet', dueAt: 9_000 } }),
    );
    renderPanel(<SearchResults query="pricing" onOpen={() => undefined} />, db);
    const hits = await screen.findByRole('list', { name: 'Found in notes, calls and next steps' });
    expect(
      within(hits)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anna NowakCall: Asked about pricing tiers', 'Anna NowakNext step: Send the pricing sheet']);
    expect(screen.getByRole('status').textContent).toBe('Found in 2 notes, calls or next steps');
    expect(screen.queryByText('No one found')).toBeNull();
    expect(screen.queryByRole('list', { name: 'People found' })).toBeNull();
  });

  it('says no one was found when nothing matches', async () => {
    const db = await newDb();
    renderPanel(<SearchResults query="nothing here" onOpen={() => undefined} />, db);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No one found'));
  });
});
