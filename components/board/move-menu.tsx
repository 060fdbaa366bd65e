import { resolveStageName, type Stage } from '@/lib/domain/pipeline';
import { useI18n } from '@/lib/panel/i18n-context';
import { useMenuButton } from '@/lib/panel/use-menu-button';

export interface MoveMenuProps {
  stages: readonly Stage[];
  currentStageId: string;
  dealTitle: string;
  onMove(toStageId: string): void;
}

/** "Move to…": the keyboard and screen-reader way to do what dragging does. Arrows move, Escape closes. */
export function MoveMenu({ stages, currentStageId, dealTitle, onMove }: MoveMenuProps) {
  const { t } = useI18n();
  const { open, setOpen, button, menu, toggle, onKeyDown } = useMenuButton({ stopPropagation: true });
  const targets = stages.filter((s) => s.id !== currentStageId);
  return (
    <div class="move-menu">
      <button
        ref={button}
        type="button"
        class="linkish"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('board.moveToFor', { title: dealTitle })}
        onClick={toggle}
      >
        {t('board.moveTo')}
      </button>
      {open && (
        <ul ref={menu} role="menu" class="menu" aria-label={t('board.moveTo')} onKeyDown={onKeyDown}>
          {targets.map((s) => (
            <li key={s.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  setOpen(false);
                  onMove(s.id);
                }}
              >
                {resolveStageName(s, t)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
