import { useRef, useState } from 'preact/hooks';
import { computeNextWeek, computeTomorrowMorning } from '@/lib/domain/follow-up-presets';
import type { WorkingTime } from '@/lib/domain/working-time';
import { useI18n } from '@/lib/panel/i18n-context';

const HOUR_MS = 3_600_000;

export interface SnoozeMenuProps {
  workingTime: WorkingTime;
  label: string;
  onSnooze(until: number): void;
}

/** Snooze presets: an hour, the next working morning, the start of next working week (the user's week). */
export function SnoozeMenu({ workingTime, label, onSnooze }: SnoozeMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const presets: [string, (now: number) => number][] = [
    ['today.snooze.hour', (now) => now + HOUR_MS],
    ['today.snooze.tomorrow', (now) => computeTomorrowMorning(now, workingTime)],
    ['today.snooze.nextWeek', (now) => computeNextWeek(now, workingTime)],
  ];
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <div class="move-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        onClick={() => {
          setOpen(!open);
          requestAnimationFrame(() => menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
        }}
      >
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
