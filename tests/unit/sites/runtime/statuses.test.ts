import { describe, expect, it, vi } from 'vitest';
import { createStatusStore } from '@/lib/sites/runtime/statuses';

const lead = { known: true, personId: 'p', lifecycle: 'lead', stage: null, nextFollowUpAt: null } as const;

describe('status store', () => {
  it('tells its listeners of every change', () => {
    const store = createStatusStore();
    const listener = vi.fn();
    store.onChange(listener);
    store.apply(store.ask(), { a: lead });
    store.answerReport(store.ask(), new Set(['a']), null);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps only the people of the newest report, and newer answers win per person', () => {
    const store = createStatusStore();
    const report = store.ask();
    const capture = store.ask();
    store.apply(capture, { a: lead });
    store.answerReport(report, new Set(['a', 'b']), { a: { known: false }, b: { known: false } });
    expect(store.get('a')).toEqual(lead);
    expect(store.get('b')).toEqual({ known: false });
    store.answerReport(store.ask(), new Set(['b']), {});
    expect(store.get('a')).toBeUndefined();
  });
});
