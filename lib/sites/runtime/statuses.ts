import type { ContactStatus } from '../../messaging/protocol';
import { createStatusBook, type Statuses } from './status-book';

/**
 * The statuses of the people on this page, as the worker last said (numbered by status-book.ts, so a
 * late answer never undoes a newer one). Detection reports fill it; a chip's own writes update it.
 */
export interface StatusStore {
  get(key: string): ContactStatus | undefined;
  /** Number a question before sending it. */
  ask(): number;
  /** The answer to question `seq`, person by person. */
  apply(seq: number, answer: Statuses): void;
  /**
   * The answer to a report about exactly these people: the others are forgotten, and anyone the
   * worker did not answer for (no answer at all: the worker is restarting) counts as not known, so
   * capture is offered and the click retries the worker.
   */
  answerReport(seq: number, keys: ReadonlySet<string>, answer: Statuses | null): void;
  onChange(listener: () => void): void;
}

/** A store with no statuses yet. */
export function createStatusStore(): StatusStore {
  const book = createStatusBook();
  let statuses: Statuses = {};
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());
  return {
    get: (key) => statuses[key],
    ask: () => book.ask(),
    apply(seq, answer) {
      statuses = book.apply(statuses, seq, answer);
      changed();
    },
    answerReport(seq, keys, answer) {
      book.keepOnly(keys);
      statuses = Object.fromEntries([...keys].map((key) => [key, statuses[key] ?? { known: false as const }]));
      if (answer) statuses = book.apply(statuses, seq, answer);
      changed();
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
