import { afterEach, describe, expect, it } from 'vitest';
import type { SidecarDB } from '@/lib/db/schema';
import { toFollowUpRow } from '@/lib/db/repositories/follow-ups';
import { loadNewLeads } from '@/lib/panel/new-leads';
import type { ActivityRow } from '@/lib/db/rows';
import { DAY, NOW, makeActivity, makeDeal, makePerson, uuid } from '../domain/make-entities';
import { makeDb } from '../components/panel-harness';
import { makeFollowUp } from '../domain/follow-up.fixture';

let db: SidecarDB;
afterEach(() => db.close());

/**
 * `count` people, captured one minute apart, in five kinds by their number: 0 someone wrote a note
 * on, 1 captured only, 2 captured onto the board (an open deal, +5 points), 3 with a follow-up, 4 a
 * customer. Only kinds 1 and 2 are new leads. Kinds 3 and 4 also get an open deal: rows of people who
 * are not candidates must change nobody's score.
 */
async function seed(count: number) {
  const people = Array.from({ length: count }, (_, i) =>
    makePerson({
      id: uuid(10_000 + i),
      displayName: `Person ${i}`,
      lifecycle: i % 5 === 4 ? 'customer' : 'lead',
      createdAt: NOW - DAY + i * 60_000,
    }),
  );
  await db.prospects.bulkAdd(people);
  const url = 'https://www.linkedin.com/in/someone/';
  await db.activities.bulkAdd(
    people.flatMap((p, i) => [
      makeActivity('captured', p.id, p.createdAt, { site: 'linkedin', pageKind: 'linkedin-profile', url }),
      ...(i % 5 === 0 ? [makeActivity('note', p.id, NOW, { text: 'Called' })] : []),
      ...(i % 5 === 2
        ? [
            makeActivity('stage-change', p.id, p.createdAt, {
              dealId: uuid(50_000 + i),
              fromStageId: null,
              toStageId: 'prospecting',
            }),
          ]
        : []),
    ]) as ActivityRow[],
  );
  await db.deals.bulkAdd(
    people
      .map((p, i) => ({ p, i }))
      .filter(({ i }) => i % 5 >= 2)
      .map(({ p, i }) => makeDeal({ id: uuid(50_000 + i), personId: p.id })),
  );
  await db.followUps.bulkAdd(
    people
      .filter((_, i) => i % 5 === 3)
      .map((p, k) => toFollowUpRow(makeFollowUp({ id: uuid(60_000 + k), personId: p.id, dueAt: NOW + DAY }))),
  );
}

/** What the list must show: the people on the board first (their open deal), then the newest first. */
function expected(count: number) {
  const index = Array.from({ length: count }, (_, i) => i);
  const newest = (a: number, b: number) => b - a;
  return [...index.filter((i) => i % 5 === 2).sort(newest), ...index.filter((i) => i % 5 === 1).sort(newest)].map(
    (i) => ({ name: `Person ${i}`, score: i % 5 === 2 ? 5 : 0 }),
  );
}

describe('loadNewLeads', () => {
  // 20 people give 12 candidates, whose rows are looked up by person; 1,000 give 600, past the point
  // where every activity and deal is read at once and sorted out in memory. Both must agree.
  it.each([20, 1000])('finds the untouched among %i people, scored on their own rows only', async (count) => {
    db = await makeDb();
    await seed(count);
    const all = await loadNewLeads(db, Infinity);
    expect(all.total).toBe(expected(count).length);
    expect(all.rows.map(({ name, score }) => ({ name, score }))).toEqual(expected(count));
    const first = await loadNewLeads(db, 5);
    expect(first.total).toBe(all.total);
    expect(first.rows).toEqual(all.rows.slice(0, 5));
  });
});
