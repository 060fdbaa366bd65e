// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { PipelineList } from '@/components/pipeline-list';
import { ShortcutHelp } from '@/components/shortcut-help';
import { QualificationPanel } from '@/components/prospect/qualification-panel';
import { placeCapturedPerson } from '@/lib/worker/capture-deal';
import { ENGLISH_CAPTURE_TEXTS } from '@/lib/messaging/handlers/capture-texts';
import { addPerson, newDb, renderPanel } from './harness';

afterEach(cleanup);

describe('one status, explained', () => {
  it('the Pipeline list shows the board stage for someone with an open deal, else Lead, each with its meaning', async () => {
    const db = await newDb();
    const anna = await addPerson(db, { name: 'Anna Nowak' });
    await addPerson(db, { name: 'Олег Коваль' });
    await placeCapturedPerson(db, anna, Date.now(), ENGLISH_CAPTURE_TEXTS);
    const people = await db.prospects.toArray();
    renderPanel(<PipelineList prospects={people} total={2} />, db);
    const list = screen.getByRole('list', { name: 'Pipeline' });
    const row = (name: string) => within(list).getByText(name).closest('li')!;
    await waitFor(() => expect(row('Anna Nowak').querySelector('.status')?.textContent).toBe('Prospecting'));
    expect(row('Anna Nowak').querySelector('.status')?.getAttribute('title')).toBe(
      'Prospecting: on the board with an open deal in this stage.',
    );
    expect(row('Олег Коваль').querySelector('.status')?.textContent).toBe('Lead');
    expect(row('Олег Коваль').querySelector('.status')?.getAttribute('title')).toMatch(/^Lead: in the pipeline/);
  });

  it('the ? sheet explains every status, and lists Ctrl+Z', async () => {
    renderPanel(<ShortcutHelp onClose={() => undefined} />, await newDb());
    const list = screen.getByRole('list', { name: 'Where a person stands' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(':')[0]),
    ).toEqual(['A stage (Prospecting, Qualification…)', 'Lead', 'MQL', 'SQL', 'Customer', 'Lost']);
    expect(screen.getByText('Ctrl+Z')).toBeTruthy();
  });

  it('the qualification score shows its reasons, and the pressed MQL/SQL is marked as such', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Anna Nowak' });
    const person = (await db.prospects.get(id))!;
    const marked = { ...person, qualification: { ...person.qualification, status: 'sql' as const } };
    renderPanel(<QualificationPanel person={marked} />, db);
    fireEvent.click(screen.getByText(/^Qualification score/));
    expect(screen.getByRole('list', { name: 'Why this qualification score' }).textContent).toContain('Budget');
    const sql = screen.getByRole('button', { name: 'SQL' });
    expect([sql.getAttribute('aria-pressed'), sql.className]).toEqual(['true', 'toggle']);
  });
});
