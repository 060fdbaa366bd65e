import type { ListColumn, PeopleListRow } from '@/lib/domain/people-list';
import { formatDate } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';
import type { StatusText } from '@/lib/panel/person-status-text';

export interface ListRowProps {
  row: PeopleListRow;
  index: number;
  top: number;
  columns: readonly ListColumn[];
  status: StatusText;
  selected: boolean;
  active: boolean;
  now: number;
  timeZone: string;
  onToggle(index: number, range: boolean): void;
  onOpen(personId: string): void;
}

/**
 * One person in two lines that fit 360 px: the name and their status, then the chosen columns
 * (company, last touch, next step) cut with an ellipsis rather than wrapped. Its controls are
 * reached with the mouse; the keyboard works the grid (people-grid.tsx), as the grid pattern asks.
 */
export function ListRow(p: ListRowProps) {
  const { t, locale } = useI18n();
  const { row } = p;
  const second: string[] = [];
  for (const c of p.columns) {
    if (c === 'company' && row.company) second.push(row.company);
    if (c === 'lastTouch')
      second.push(
        row.lastTouchAt === null
          ? t('list.neverTouched')
          : t('list.lastTouch', { date: formatDate(row.lastTouchAt, locale, p.timeZone) }),
      );
    if (c === 'nextStep' && row.nextStep)
      second.push(
        t('list.next', { text: row.nextStep.text, date: formatDate(row.nextStep.dueAt, locale, p.timeZone) }),
      );
  }
  const overdue = row.nextStep !== null && row.nextStep.dueAt < p.now;
  return (
    <div
      id={`row-${row.id}`}
      role="row"
      aria-rowindex={p.index + 1}
      aria-selected={p.selected}
      class={`list-row${p.active ? ' active' : ''}${p.selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${p.top}px)` }}
    >
      <div role="gridcell" class="list-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={p.selected}
          aria-label={t('list.select', { name: row.name })}
          onClick={(e) => p.onToggle(p.index, e.shiftKey)}
        />
      </div>
      <div role="gridcell" class="list-main">
        <div class="list-line">
          <button type="button" tabIndex={-1} class="link-button list-name" dir="auto" onClick={() => p.onOpen(row.id)}>
            {row.name}
          </button>
          {p.columns.includes('stage') && (
            <span class="status" title={p.status.explanation}>
              {p.status.label}
            </span>
          )}
        </div>
        <div class={`list-line sub${overdue ? ' overdue' : ''}`} dir="auto">
          {second.join(' · ')}
        </div>
      </div>
    </div>
  );
}
