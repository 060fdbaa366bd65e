import { moveIntoWorkingTime } from './working-days';
import type { WorkingTime } from './working-time';

// Issue 19: a cadence's touch could land on the very slot of a follow-up already planned for the
// person. A slot is half an hour either side of a due time; a touch on one moves to the next free hour
// of working time, and the touches after it keep their planned days.

const SLOT_MS = 30 * 60_000;
const STEP_MS = 60 * 60_000;
/** A working week of hours: past that, the calendar is full and the planned time stays. */
const MAX_MOVES = 24 * 7;

/** Whether `at` falls within a slot already taken. */
export const isSlotTaken = (at: number, taken: readonly number[]): boolean =>
  taken.some((t) => Math.abs(t - at) < SLOT_MS);

/** The first free time at or after `due` (in working time), or `due` itself when it is free. */
export function moveOffTakenSlots(due: number, taken: readonly number[], wt: WorkingTime): number {
  let at = due;
  for (let i = 0; i < MAX_MOVES && isSlotTaken(at, taken); i++) at = moveIntoWorkingTime(at + STEP_MS, wt);
  return isSlotTaken(at, taken) ? due : at;
}
