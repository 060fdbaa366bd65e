import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome } from '@/lib/domain/follow-up';
import { useI18n } from '@/lib/panel/i18n-context';
import { useMenuButton } from '@/lib/panel/use-menu-button';
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
  const { open, setOpen, button, menu, toggle, onKeyDown } = useMenuButton({ horizontal: true, homeEnd: true });
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
        onClick={toggle}
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
