import { LIST_COLUMNS, type ListColumn } from '@/lib/domain/people-list';
import { LIST_SORT_KEYS, type ListPrefs, type ListSortKey } from '@/lib/domain/people-list-query';
import { useI18n } from '@/lib/panel/i18n-context';

export interface ListOptionsProps {
  prefs: ListPrefs;
  onChange(next: ListPrefs): void;
}

/** The sort and column menu: sort by stage, company, last touch or next step (either way); which columns show. */
export function ListOptions({ prefs, onChange }: ListOptionsProps) {
  const { t } = useI18n();
  const toggle = (c: ListColumn, on: boolean) =>
    onChange({ ...prefs, columns: LIST_COLUMNS.filter((x) => (x === c ? on : prefs.columns.includes(x))) });
  return (
    <details class="list-options">
      <summary>{t('list.options')}</summary>
      <div class="sc-row">
        <label class="sc-field grow">
          <span>{t('list.sortBy')}</span>
          <select
            value={prefs.sort.key}
            onChange={(e) => onChange({ ...prefs, sort: { ...prefs.sort, key: e.currentTarget.value as ListSortKey } })}
          >
            {LIST_SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`list.col.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-label={t(prefs.sort.dir === 'asc' ? 'list.ascending' : 'list.descending')}
          title={t(prefs.sort.dir === 'asc' ? 'list.ascending' : 'list.descending')}
          onClick={() =>
            onChange({ ...prefs, sort: { ...prefs.sort, dir: prefs.sort.dir === 'asc' ? 'desc' : 'asc' } })
          }
        >
          {prefs.sort.dir === 'asc' ? '↑' : '↓'}
        </button>
      </div>
      <fieldset class="list-columns">
        <legend>{t('list.columns')}</legend>
        {LIST_COLUMNS.map((c) => (
          <label key={c} class="sc-check">
            <input
              type="checkbox"
              checked={prefs.columns.includes(c)}
              onChange={(e) => toggle(c, e.currentTarget.checked)}
            />
            <span>{t(`list.col.${c}`)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
