import { describe, expect, it } from 'vitest';
import { createStatusBook } from '@/lib/sites/runtime/status-book';

const lead = { known: true, lifecycle: 'lead' } as never;
const unknown = { known: false } as const;

describe('status book', () => {
  it('an answer that arrives after a newer one never undoes it', () => {
    const book = createStatusBook();
    const report = book.ask(); // sent first: the worker still says "not known"
    const refresh = book.ask(); // after a capture from the side panel
    let statuses = book.apply({}, refresh, { anna: lead });
    statuses = book.apply(statuses, report, { anna: unknown, bartek: unknown });
    expect(statuses).toEqual({ anna: lead, bartek: unknown }); // the late answer only adds who was missing
  });

  it('answers in order apply in order, and forgetting a person lets an older answer about them in again', () => {
    const book = createStatusBook();
    const first = book.ask();
    const second = book.ask();
    let statuses = book.apply({}, first, { anna: unknown });
    statuses = book.apply(statuses, second, { anna: lead });
    expect(statuses).toEqual({ anna: lead });
    book.keepOnly(new Set(['bartek']));
    expect(book.apply({}, first, { anna: unknown })).toEqual({ anna: unknown });
  });
});
