import { describe, expect, it } from 'vitest';
import { BUILT_IN_CADENCE, startCadence } from '../../../lib/domain/cadence';
import { isSlotTaken, moveOffTakenSlots } from '../../../lib/domain/cadence-slots';
import { DEFAULT_WORKING_TIME } from '../../../lib/domain/working-time';

const wt = { ...DEFAULT_WORKING_TIME, timeZone: 'UTC' };
const MON_10 = Date.UTC(2026, 2, 16, 10);
const HOUR = 3_600_000;

describe('cadence touches and slots already taken', () => {
  it('a free time stays; a taken one moves to the next free hour of working time', () => {
    expect(moveOffTakenSlots(MON_10, [], wt)).toBe(MON_10);
    expect(isSlotTaken(MON_10 + 20 * 60_000, [MON_10])).toBe(true);
    expect(moveOffTakenSlots(MON_10, [MON_10], wt)).toBe(MON_10 + HOUR);
    expect(moveOffTakenSlots(MON_10, [MON_10, MON_10 + HOUR], wt)).toBe(MON_10 + 2 * HOUR);
  });

  it('only the touch on a taken slot moves; the later ones keep their days', () => {
    const ids = () => 'x';
    const plain = startCadence(BUILT_IN_CADENCE, 'p', MON_10, wt, ids);
    const moved = startCadence(BUILT_IN_CADENCE, 'p', MON_10, wt, ids, null, [plain[1]!.dueAt]);
    expect(moved[1]!.dueAt).toBe(plain[1]!.dueAt + HOUR);
    expect(moved.filter((f, i) => f.dueAt !== plain[i]!.dueAt)).toHaveLength(1);
  });
});
