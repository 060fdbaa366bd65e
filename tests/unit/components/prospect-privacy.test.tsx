// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { ProspectView } from '@/components/prospect/prospect-view';
import { exportPersonData } from '@/lib/panel/person-data';
import { addPerson, newDb, renderPanel } from './harness';

afterEach(cleanup);

describe('the person view’s privacy tools', () => {
  it('says where each value came from, and forgets the person on confirmation', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Łukasz Żółć', company: 'Łąkowe Smaki' });
    let back = 0;
    renderPanel(<ProspectView personId={id} command={null} onBack={() => back++} onOpenPerson={() => undefined} />, db);
    await screen.findByRole('heading', { level: 2 });
    const where = screen.getByRole('region', { name: 'Where this data came from' });
    expect(where.textContent).toMatch(/Company: captured from https:\/\/www\.linkedin\.com\/in\/[^ ]+ on /);
    fireEvent.click(screen.getByRole('button', { name: 'Forget this person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    await waitFor(() => expect(back).toBe(1));
    expect(await db.prospects.count()).toBe(0);
    expect(await db.suppressions.count()).toBeGreaterThan(0);
  });

  it('exports everything stored about one person as one JSON document', async () => {
    const db = await newDb();
    const id = await addPerson(db, { name: 'Олена Коваленко' });
    const data = await exportPersonData(db, id);
    expect(data.person).toMatchObject({ id, displayName: 'Олена Коваленко' });
    expect(data.person).not.toHaveProperty('searchTokens');
    expect(data.activities.map((a) => a.kind)).toContain('captured');
  });
});
