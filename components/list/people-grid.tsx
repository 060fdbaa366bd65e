import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListColumn, PeopleListRow } from '@/lib/domain/people-list';
import { useI18n } from '@/lib/panel/i18n-context';
import type { StatusText } from '@/lib/panel/person-status-text';
import { nextSelection, scrollToShow, visibleWindow } from '@/lib/panel/windowing';
import { ListRow } from './list-row';

/** Every row is this tall (two lines): the window is arithmetic, nothing is measured per row. */
export const ROW_HEIGHT = 52;

export interface PeopleGridProps {
  rows: readonly PeopleListRow[];
  columns: readonly ListColumn[];
  statusOf(row: PeopleListRow): StatusText;
  selected: ReadonlySet<string>;
  onSelect(next: Set<string>): void;
  onOpen(personId: string): void;
  now: number;
  timeZone: string;
}

/**
 * The list as a WAI-ARIA grid of two-line rows, drawn in a window: however many people there are,
 * only the visible rows (and a few either side) are in the DOM; `aria-rowcount` and `aria-rowindex`
 * tell assistive technology where it is. Focus stays on the grid and the active row is its
 * aria-activedescendant: ↑/↓, Home/End, Page Up/Down move; Space selects, Shift+↑/↓ extends,
 * Ctrl/Cmd+A selects all, Escape clears; Enter opens the person.
 */
export function PeopleGrid(p: PeopleGridProps) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 480 });
  const [active, setActive] = useState<number | null>(null);
  const [anchor, setAnchor] = useState<number | null>(null);
  const ids = p.rows.map((r) => r.id);
  const at = active === null ? null : Math.min(active, p.rows.length - 1);
  useLayoutEffect(() => {
    const el = box.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight || 480 });
  }, [p.rows.length]);
  const { start, end } = visibleWindow(scroll.top, scroll.height, ROW_HEIGHT, p.rows.length);
  const moveTo = (index: number, extend: boolean) => {
    const i = Math.max(0, Math.min(p.rows.length - 1, index));
    setActive(i);
    if (extend) p.onSelect(nextSelection(p.selected, ids, i, { from: anchor ?? at ?? i }));
    else setAnchor(i);
    const el = box.current;
    if (el) el.scrollTop = scrollToShow(i, el.scrollTop, el.clientHeight, ROW_HEIGHT);
  };
  const toggle = (index: number, range: boolean) => {
    p.onSelect(nextSelection(p.selected, ids, index, range && anchor !== null ? { from: anchor } : null));
    setActive(index);
    if (!range) setAnchor(index);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(scroll.height / ROW_HEIGHT) - 1);
    const here = at ?? -1;
    // Before any row is active (focus just arrived), keys act on the first.
    const cur = at ?? (p.rows.length > 0 ? 0 : null);
    const moves: Record<string, number> = {
      ArrowDown: here + 1,
      ArrowUp: here - 1,
      Home: 0,
      End: p.rows.length - 1,
      PageDown: here + page,
      PageUp: here - page,
    };
    if (e.key in moves && p.rows.length > 0) moveTo(moves[e.key] ?? 0, e.shiftKey);
    else if (e.key === ' ' && cur !== null) toggle(cur, false);
    else if (e.key === 'Enter' && cur !== null && p.rows[cur]) p.onOpen(p.rows[cur].id);
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') p.onSelect(new Set(ids));
    else if (e.key === 'Escape' && p.selected.size > 0) p.onSelect(new Set());
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const activeRow = at === null ? undefined : p.rows[at];
  return (
    <div
      ref={box}
      role="grid"
      tabIndex={0}
      class="people-grid"
      aria-label={t('list.label')}
      aria-rowcount={p.rows.length}
      aria-multiselectable="true"
      aria-activedescendant={activeRow ? `row-${activeRow.id}` : undefined}
      data-ready="true"
      onKeyDown={onKeyDown}
      onFocus={() => at === null && p.rows.length > 0 && setActive(0)}
      onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
    >
      <div role="rowgroup" class="grid-space" style={{ height: `${p.rows.length * ROW_HEIGHT}px` }}>
        {p.rows.slice(start, end).map((row, i) => (
          <ListRow
            key={row.id}
            row={row}
            index={start + i}
            top={(start + i) * ROW_HEIGHT}
            columns={p.columns}
            status={p.statusOf(row)}
            selected={p.selected.has(row.id)}
            active={at === start + i}
            now={p.now}
            timeZone={p.timeZone}
            onToggle={toggle}
            onOpen={p.onOpen}
          />
        ))}
      </div>
    </div>
  );
}
