import { computeNextWeek, computeTomorrowMorning } from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';
import { useMenuButton } from '@/lib/panel/use-menu-button';

const HOUR_MS = 3_600_000;

export interface SnoozeMenuProps {
  workingTime: WorkingTime;
  label: string;
  onSnooze(until: number): void;
}

/** Snooze presets: an hour, the next working morning, the start of next working week (the user's week). */
export function SnoozeMenu({ workingTime, label, onSnooze }: SnoozeMenuProps) {
  const { t } = useI18n();
  const { open, setOpen, button, menu, toggle, onKeyDown } = useMenuButton();
  const presets: [string, (now: number) => number][] = [
    ['today.snooze.hour', (now) => now + HOUR_MS],
    ['today.snooze.tomorrow', (now) => computeTomorrowMorning(now, workingTime)],
    ['today.snooze.nextWeek', (now) => computeNextWeek(now, workingTime)],
  ];
  return (
    <div class="move-menu">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-label={label} onClick={toggle}>
        {t('today.snooze')}
      </button>
      {open && (
        <ul ref={menu} role="menu" class="menu" aria-label={t('today.snooze')} onKeyDown={onKeyDown}>
          {presets.map(([key, at]) => (
            <li key={key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onSnooze(at(Date.now()));
                }}
              >
                {t(key)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
