import { useState } from 'preact/hooks';
import type { NextStep } from '../domain/deal';
import { computeTomorrowMorning } from '../domain/follow-up-presets';
import type { WorkingTime } from '../domain/working-time';
import { fromDateInput, toDateInput } from './local-time';

export interface NextStepDraft {
  text: string;
  date: string;
  time: string;
  setText(v: string): void;
  setDate(v: string): void;
  setTime(v: string): void;
  /** The step as typed, or what is missing: 'text' (nothing to do) or 'date' (no valid date and time). */
  read(): { ok: true; step: NextStep } | { ok: false; missing: 'text' | 'date' };
}

/**
 * A next step being typed (the board's move dialog and the prospect's deal editor share it): text,
 * date and time in the user's zone, defaulting to the next working morning (DOMAIN.md).
 */
export function useNextStepDraft(initial: NextStep | null | undefined, workingTime: WorkingTime): NextStepDraft {
  const start = toDateInput(initial?.dueAt ?? computeTomorrowMorning(Date.now(), workingTime), workingTime.timeZone);
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  return {
    text,
    date,
    time,
    setText,
    setDate,
    setTime,
    read: () => {
      if (!text.trim()) return { ok: false, missing: 'text' };
      const dueAt = fromDateInput(date, time, workingTime.timeZone);
      if (dueAt === null) return { ok: false, missing: 'date' };
      return { ok: true, step: { text: text.trim().slice(0, 500), dueAt } };
    },
  };
}
