import { useRef, useState } from 'preact/hooks';
import { resolveStageName, type Stage } from '@/lib/domain/pipeline';
import { useI18n } from '@/lib/panel/i18n-context';

export interface MoveMenuProps {
  stages: readonly Stage[];
  currentStageId: string;
  dealTitle: string;
  onMove(toStageId: string): void;
}

/** "Move to…": the keyboard and screen-reader way to do what dragging does. Arrows move, Escape closes. */
export function MoveMenu({ stages, currentStageId, dealTitle, onMove }: MoveMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const targets = stages.filter((s) => s.id !== currentStageId);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div class="move-menu">
      <button
        ref={button}
        type="button"
        class="linkish"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('board.moveToFor', { title: dealTitle })}
        onClick={() => {
          setOpen(!open);
          requestAnimationFrame(() => menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus());
        }}
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
