import { useRef, useState } from 'preact/hooks';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '@/lib/domain/follow-up';
import { useI18n } from '@/lib/panel/i18n-context';
import './done-outcome.css';

export interface DoneOutcomeMenuProps {
  /** The accessible name of the opener ("Done with an outcome: “Call back” with Anna Nowak"). */
  label: string;
  onDone(outcome: FollowUpOutcome): void;
}

/**
 * Done with what came of it (issue 19: "Done … asks for no outcome"): a small menu beside Done, so
 * Done alone stays one click and an outcome is one more. It opens in the flow under the row, never
 * floating off a 360 px panel; arrows move, Escape closes and gives focus back to the opener.
 */
export function DoneOutcomeMenu({ label, onDone }: DoneOutcomeMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Home') items[0]?.focus();
    else if (e.key === 'End') items[items.length - 1]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <div class="outcome-menu">
      <button
        ref={button}
        type="button"
        class="outcome-opener"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={t('followUp.outcome')}
        onClick={() => {
          setOpen(!open);
          requestAnimationFrame(() => menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
        }}
      >
        {t('followUp.doneAs')}
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label={t('followUp.outcome')} onKeyDown={onKeyDown}>
          {FOLLOW_UP_OUTCOMES.map((outcome) => (
            <li key={outcome} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onDone(outcome);
                }}
              >
                {t(`followUp.outcome.${outcome}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
