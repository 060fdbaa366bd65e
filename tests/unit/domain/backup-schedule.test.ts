import { describe, expect, it } from 'vitest';
import { isBackupDue } from '@/lib/domain/settings';

const DAY = 86_400_000;

describe('backup reminders', () => {
  it('are weekly by default, due when no backup was ever made, and can be off', () => {
    expect(isBackupDue({}, 10 * DAY)).toBe(true);
    expect(isBackupDue({ backup: { everyDays: 7, lastAt: 4 * DAY } }, 10 * DAY)).toBe(false);
    expect(isBackupDue({ backup: { everyDays: 7, lastAt: 3 * DAY } }, 10 * DAY)).toBe(true);
    expect(isBackupDue({ backup: { everyDays: 0, lastAt: null } }, 10 * DAY)).toBe(false);
  });
});
