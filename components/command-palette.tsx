import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { foldText } from '@/lib/domain/text-fold';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import type { PaletteCommand } from '@/lib/panel/palette-commands';
import { searchPeople } from '@/lib/panel/search-people';
import { useLiveQuery } from '@/lib/panel/use-live-query';

export interface CommandPaletteProps {
  commands: PaletteCommand[];
  onOpenPerson: (personId: string) => void;
  onClose: () => void;
}

const PEOPLE_IN_PALETTE = 8;

/** Ctrl/Cmd+K: one box for commands and people (combobox + listbox, arrows + Enter, Escape closes). */
export function CommandPalette({ commands, onOpenPerson, onClose }: CommandPaletteProps) {
  const db = useDb();
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const people = useLiveQuery(
    () => (query.trim() ? searchPeople(db, query, PEOPLE_IN_PALETTE) : Promise.resolve([] as PersonRow[])),
    [db, query],
    [] as PersonRow[],
  );
  const folded = foldText(query.trim());
  const items: PaletteCommand[] = [
    ...commands.filter((c) => foldText(c.label).includes(folded)),
    ...people.map((p) => ({ id: `person-${p.id}`, label: p.displayName, run: () => onOpenPerson(p.id) })),
  ];
  const at = Math.min(active, Math.max(0, items.length - 1));
  const choose = (item: PaletteCommand | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(items.length - 1, moves[event.key] ?? 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(items[at]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div class="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="dialog palette" role="dialog" aria-modal="true" aria-label={t('palette.title')}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-label={t('palette.input')}
          placeholder={t('palette.placeholder')}
          value={query}
          aria-activedescendant={items[at] ? `palette-${items[at]?.id}` : undefined}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" role="listbox" aria-label={t('palette.results')} class="palette-list">
          {items.map((item, i) => (
            <li
              key={item.id}
              id={`palette-${item.id}`}
              role="option"
              aria-selected={i === at}
              class={i === at ? 'option active' : 'option'}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(item)}
            >
              {item.label}
            </li>
          ))}
          {items.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" class="muted">
              {t('palette.empty')}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
