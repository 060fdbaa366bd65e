import { describe, expect, it } from 'vitest';
import { buildListRows } from '../../../lib/domain/people-list';
import { filterListRows, NO_DEAL, NO_LIST_FILTER, sortListRows } from '../../../lib/domain/people-list-query';
import { personStatusOf } from '../../../lib/domain/person-status';
import { createQualification } from '../../../lib/domain/qualification';
import { DAY, NOW, makeDeal, makePerson, uuid } from './make-entities';

const anna = makePerson({ id: uuid(1), displayName: 'Anna Nowak', company: 'Quillfeather', tags: ['Warsaw'] });
const oleh = makePerson({ id: uuid(2), displayName: 'Олег Коваль', company: null });
const ilker = makePerson({ id: uuid(3), displayName: 'İlker Yılmaz', company: 'Cargolink' });
const deal = makeDeal({
  id: uuid(101),
  personId: anna.id,
  stageId: 'qualification',
  nextStep: { text: 'Send pricing', dueAt: NOW + DAY },
});
const followUp = {
  personId: oleh.id,
  dueAt: NOW - DAY,
  snoozedUntil: null,
  note: 'Call back',
  noteKey: null,
  kind: 'call' as const,
  done: false,
};
const rows = buildListRows([anna, oleh, ilker], [deal], [followUp], new Map([[anna.id, NOW - 3 * DAY]]), (f) => f.note);
const collator = new Intl.Collator('en');
const rank = (r: (typeof rows)[number]) => (r.deal ? 1 : 99);

describe('the list view rows', () => {
  it('one row per person: status from the open deal, next step from the deal or the soonest follow-up', () => {
    const [a, o, i] = rows;
    expect(a).toMatchObject({ name: 'Anna Nowak', status: { kind: 'stage', stageId: 'qualification' } });
    expect(a?.nextStep).toEqual({ text: 'Send pricing', dueAt: NOW + DAY });
    expect(a?.lastTouchAt).toBe(NOW - 3 * DAY);
    expect(o).toMatchObject({
      status: { kind: 'lead' },
      deal: null,
      nextStep: { text: 'Call back', dueAt: NOW - DAY },
    });
    expect(i).toMatchObject({ nextStep: null, lastTouchAt: null });
  });

  it('filters by words in any field (folded), stage, no deal, tag and overdue next steps', () => {
    const names = (f: Partial<typeof NO_LIST_FILTER>) =>
      filterListRows(rows, { ...NO_LIST_FILTER, ...f }, NOW).map((r) => r.name);
    expect(names({ text: 'ilker' })).toEqual(['İlker Yılmaz']);
    expect(names({ text: 'pricing' })).toEqual(['Anna Nowak']);
    expect(names({ stage: 'qualification' })).toEqual(['Anna Nowak']);
    expect(names({ stage: NO_DEAL })).toEqual(['Олег Коваль', 'İlker Yılmaz']);
    expect(names({ tag: 'warsaw' })).toEqual(['Anna Nowak']);
    expect(names({ overdueOnly: true })).toEqual(['Олег Коваль']);
  });

  it('sorts either way with empty values last, and the name breaks ties', () => {
    const sorted = (key: 'name' | 'company' | 'nextStep' | 'lastTouch' | 'stage', dir: 'asc' | 'desc') =>
      sortListRows(rows, { key, dir }, rank, collator).map((r) => r.name);
    expect(sorted('company', 'asc')).toEqual(['İlker Yılmaz', 'Anna Nowak', 'Олег Коваль']);
    expect(sorted('company', 'desc')).toEqual(['Anna Nowak', 'İlker Yılmaz', 'Олег Коваль']);
    expect(sorted('nextStep', 'asc')).toEqual(['Олег Коваль', 'Anna Nowak', 'İlker Yılmaz']);
    expect(sorted('lastTouch', 'desc')[0]).toBe('Anna Nowak');
    expect(sorted('stage', 'asc')[0]).toBe('Anna Nowak');
  });

  it('builds and sorts 10,000 rows', () => {
    const many = Array.from({ length: 10_000 }, (_, n) =>
      makePerson({ id: uuid(1000 + n), displayName: `Person ${n}` }),
    );
    const built = buildListRows(many, [], [], new Map(), () => '');
    expect(sortListRows(built, { key: 'name', dir: 'desc' }, rank, collator)).toHaveLength(10_000);
  });
});

describe('one status', () => {
  const q = createQualification();
  const open = makeDeal({ id: uuid(201), status: 'open', updatedAt: NOW });
  it('is the stage of an open deal, else Customer, Lost, SQL, MQL or Lead', () => {
    expect(personStatusOf({ lifecycle: 'lead', qualification: q }, [open])).toMatchObject({ kind: 'stage' });
    const won = makeDeal({ id: uuid(202), status: 'won', wonAt: NOW, stageId: 'won' });
    const lost = makeDeal({ id: uuid(203), status: 'lost', lostAt: NOW, stageId: 'lost' });
    expect(personStatusOf({ lifecycle: 'lead', qualification: q }, [won, lost])).toEqual({ kind: 'customer' });
    expect(personStatusOf({ lifecycle: 'sql', qualification: q }, [lost])).toEqual({ kind: 'lost' });
    expect(personStatusOf({ lifecycle: 'lead', qualification: { ...q, status: 'sql' } }, [])).toEqual({ kind: 'sql' });
    expect(personStatusOf({ lifecycle: 'mql', qualification: q }, [])).toEqual({ kind: 'mql' });
    expect(personStatusOf({ lifecycle: 'prospect', qualification: q }, [])).toEqual({ kind: 'lead' });
  });
});
