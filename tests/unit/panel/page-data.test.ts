import { liveQuery, type DBCore, type DBCoreCursor, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { SidecarDB } from '@/lib/db/schema';
import { ensureDefaults } from '@/lib/db/repositories/settings';
import { loadKnownOnPage, loadPipelinePage } from '@/lib/panel/page-data';
import { DAY, NOW, email, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { contactOf } from '../db/test-db';

/** Counts the rows IndexedDB hands back for people and deals (every read path: get, getMany, query, cursors). */
function countRowsRead(db: SidecarDB): { rows: number } {
  const counter = { rows: 0 };
  const counted = new Set(['prospects', 'deals']);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-count-rows-read',
    level: 1,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (!counted.has(name)) return table;
        return {
          ...table,
          get: async (req) => {
            const row: unknown = await table.get(req);
            if (row !== undefined) counter.rows += 1;
            return row;
          },
          getMany: async (req) => {
            const rows = await table.getMany(req);
            counter.rows += rows.filter((r) => r !== undefined).length;
            return rows;
          },
          query: async (req) => {
            const res = await table.query(req);
            if (req.values) counter.rows += res.result.length;
            return res;
          },
          openCursor: async (req) => {
            const cursor = await table.openCursor(req);
            if (!cursor || !req.values) return cursor;
            return Object.create(cursor, {
              start: {
                value: (onNext: () => void) =>
                  cursor.start(() => {
                    counter.rows += 1;
                    onNext();
                  }),
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  };
  db.use(middleware);
  return counter;
}

/** Run `query` live; `runs` counts its executions (each one a re-read). */
function watch<T>(query: () => Promise<T>) {
  const state = { runs: 0, value: undefined as T | undefined };
  const subscription = liveQuery(() => {
    state.runs += 1;
    return query();
  }).subscribe({ next: (v) => (state.value = v) });
  return { state, stop: () => subscription.unsubscribe() };
}

/** Wait until live queries have caught up with the writes (no new run for a while). */
async function settle(...states: { runs: number }[]): Promise<void> {
  let last = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 30));
    const now = states.reduce((sum, s) => sum + s.runs, 0);
    if (now === last) return;
    last = now;
  }
}

const PEOPLE = 2_000;

describe("the default view's live queries (issue 16)", () => {
  it('cost a bounded number of rows per unrelated write, not a table each', async () => {
    const db = new SidecarDB(`t-${crypto.randomUUID()}`);
    const reads = countRowsRead(db);
    await ensureDefaults(db);
    await db.prospects.bulkAdd(
      Array.from({ length: PEOPLE }, (_, i) =>
        makePerson({
          id: uuid(10_000 + i),
          displayName: `Person ${i}`,
          emails: [`p${i}@example.com`],
          createdAt: NOW - (PEOPLE - i) * 1_000,
        }),
      ),
    );
    const olena = makePerson({
      id: uuid(1),
      displayName: 'Олена Коваленко',
      linkedinUrl: 'https://www.linkedin.com/in/olena-kovalenko/',
      linkedinKey: 'olena-kovalenko',
      createdAt: NOW - 100 * DAY,
    });
    await db.prospects.add(olena);
    await db.deals.add(makeDeal({ id: uuid(2), personId: olena.id }));
    const contacts = [
      contactOf({ key: 'a', linkedinUrl: olena.linkedinUrl }),
      contactOf({ key: 'b', linkedinUrl: null, emails: ['p7@example.com'] }),
      contactOf({ key: 'c', linkedinUrl: null, emails: ['nobody@example.com'] }),
    ];
    const known = watch(() => loadKnownOnPage(db, contacts));
    const page = watch(() => loadPipelinePage(db, 100));
    await settle(known.state, page.state);
    expect(known.state.value?.people.map((p) => p.displayName).sort()).toEqual(['Person 7', 'Олена Коваленко']);
    expect(known.state.value?.deals.map((d) => d.id)).toEqual([uuid(2)]);
    expect(page.state.value).toMatchObject({ total: PEOPLE + 1 });
    expect(page.state.value?.people).toHaveLength(100);

    // 50 writes about other people (a forged logEmail's work): 25 timeline entries, then 25 new people.
    const knownRuns = known.state.runs;
    let [pageRuns, before] = [page.state.runs, reads.rows];
    for (let i = 0; i < 25; i++)
      await db.activities.add({ ...email(uuid(10_000 + i), NOW, 'received'), id: uuid(50_000 + i) });
    await settle(known.state, page.state);
    expect([page.state.runs - pageRuns, reads.rows - before]).toEqual([0, 0]); // neither reads activities
    [pageRuns, before] = [page.state.runs, reads.rows];
    for (let i = 0; i < 25; i++)
      await db.prospects.add(
        makePerson({ id: uuid(60_000 + i), displayName: `New ${i}`, emails: [`n${i}@x.io`], createdAt: NOW + i }),
      );
    await settle(known.state, page.state);
    expect(known.state.runs).toBe(knownRuns); // nothing it read was touched: not run again
    // A new person is the newest: the page reads itself again (Dexie may run it twice when a write lands
    // mid-run), 100 rows a run however many people there are. The old query read all 2,001 each time.
    const runs = page.state.runs - pageRuns;
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThanOrEqual(2 * 25);
    expect(reads.rows - before).toBe(runs * 100);

    // A write about someone on the page does re-read them, and only them.
    const beforeOwn = reads.rows;
    await db.prospects.update(olena.id, { headline: 'Head of Sales' });
    await settle(known.state, page.state);
    expect(known.state.value?.people.find((p) => p.id === olena.id)?.headline).toBe('Head of Sales');
    expect(reads.rows - beforeOwn).toBeLessThanOrEqual(110);
    known.stop();
    page.stop();
    db.close();
  });
});
