// Runs inside an extension page for bench/metrics/list.mjs, on the database sidepanel-bench-entry.ts
// seeded: the list view's rows built, sorted and drawn (the windowed grid) for every person.
import { h, render } from 'preact';
import { PeopleGrid } from '@/components/list/people-grid';
import { SidecarDB } from '@/lib/db/schema';
import { buildListRows, type PeopleListRow } from '@/lib/domain/people-list';
import { DEFAULT_LIST_PREFS, sortListRows } from '@/lib/domain/people-list-query';
import { lastTouchByPerson } from '@/lib/panel/use-list-rows';

const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/**
 * `load_ms`: the four reads useListRows makes. Then `runs` times: build the rows, sort them (by the
 * default, next step), and render the grid into a 360×720 box until it is painted (two frames).
 */
async function timeListRender(css: string, runs: number): Promise<{ rows: number; load: number; render: number[] }> {
  const style = document.createElement('style');
  style.textContent = `${css}\n.box{width:360px;height:720px;display:flex;flex-direction:column}`;
  document.head.append(style);
  const box = document.createElement('div');
  box.className = 'box';
  document.body.append(box);
  const db = new SidecarDB();
  await db.open();
  const t0 = performance.now();
  const [people, deals, followUps, activities] = await Promise.all([
    db.prospects.toArray(),
    db.deals.toArray(),
    db.followUps.where('openDueAt').aboveOrEqual(0).toArray(),
    db.activities.toArray(),
  ]);
  const load = performance.now() - t0;
  db.close();
  const touches = lastTouchByPerson(activities);
  const collator = new Intl.Collator('en');
  const rank = (r: PeopleListRow) => (r.deal ? 0 : 1);
  const out: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const rows = sortListRows(
      buildListRows(people, deals, followUps, touches, (f) => f.note),
      DEFAULT_LIST_PREFS.sort,
      rank,
      collator,
    );
    count = rows.length;
    render(
      h(PeopleGrid, {
        rows,
        columns: DEFAULT_LIST_PREFS.columns,
        statusOf: (r: PeopleListRow) => ({ label: r.status.kind, explanation: '' }),
        selected: new Set<string>(),
        onSelect: () => undefined,
        onOpen: () => undefined,
        now: Date.now(),
        timeZone: 'UTC',
      }),
      box,
    );
    await frame();
    out.push(performance.now() - start);
    render(null, box);
    await frame();
  }
  return { rows: count, load, render: out };
}

Object.assign(globalThis, { __listBench: { timeListRender } });
