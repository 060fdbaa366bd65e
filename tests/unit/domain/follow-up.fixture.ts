import { FollowUpSchema, type FollowUp } from '../../../lib/domain/follow-up';
import { zonedParts, type WorkingTime } from '../../../lib/domain/working-time';

/** Deterministic UUIDs: uuid(1) = 00000000-0000-4000-8000-000000000001. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** An id generator that counts up from `start`, like crypto.randomUUID but repeatable. */
export function makeIdGen(start = 100): () => string {
  let n = start;
  return () => uuid(n++);
}

export const PERSON = uuid(1);
export const OTHER_PERSON = uuid(2);
export const DEAL = uuid(3);

/** An open manual follow-up, validated by the schema, with fields overridden. */
export function makeFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return FollowUpSchema.parse({
    id: uuid(50),
    personId: PERSON,
    dealId: null,
    dueAt: Date.parse('2026-03-27T09:00:00Z'),
    kind: 'email',
    note: '',
    done: false,
    doneAt: null,
    snoozedUntil: null,
    origin: 'manual',
    ruleId: null,
    cadenceRunId: null,
    cadenceStep: null,
    notifiedAt: null,
    createdAt: Date.parse('2026-03-01T09:00:00Z'),
    updatedAt: Date.parse('2026-03-01T09:00:00Z'),
    ...overrides,
  });
}

export const weekdays = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 'YYYY-MM-DD HH:MM Ddd' in a zone, so expectations read like a calendar. */
export function showLocal(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)} ${weekdays[p.isoWeekday]}`;
}

/** Mon–Fri 09:00–17:00 in a zone. */
export function officeHours(timeZone: string, overrides: Partial<WorkingTime> = {}): WorkingTime {
  return { timeZone, workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00', ...overrides };
}

/** Sunday–Thursday week (e.g. Israel, parts of the Gulf). */
export const SUN_THU = [7, 1, 2, 3, 4];
