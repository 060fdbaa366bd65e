import { useState } from 'preact/hooks';
import { resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import { NO_DEAL, NO_LIST_FILTER, type ListFilter, type SavedFilter } from '@/lib/domain/people-list-query';
import { useI18n } from '@/lib/panel/i18n-context';

export interface ListFiltersProps {
  filter: ListFilter;
  onChange(next: ListFilter): void;
  pipeline: Pipeline;
  saved: readonly SavedFilter[];
  onSaveAs(name: string): void;
  onDeleteSaved(id: string): void;
}

const same = (a: ListFilter, b: ListFilter) => JSON.stringify(a) === JSON.stringify(b);

/** Text, stage and "overdue only"; saved filters to apply in one choice, save the current one, or delete. */
export function ListFilters({ filter, onChange, pipeline, saved, onSaveAs, onDeleteSaved }: ListFiltersProps) {
  const { t } = useI18n();
  const [naming, setNaming] = useState<string | null>(null);
  const current = saved.find((s) => same(s.filter, filter));
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, ...patch });
  return (
    <div class="list-filters">
      <div class="sc-row">
        <label class="sc-field grow">
          <span>{t('list.filterText')}</span>
          <input type="search" value={filter.text} onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>
        <label class="sc-field">
          <span>{t('list.filterStage')}</span>
          <select
            value={filter.stage ?? ''}
            onChange={(e) => set({ stage: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          >
            <option value="">{t('list.anyStage')}</option>
            {pipeline.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {resolveStageName(s, t)}
              </option>
            ))}
            <option value={NO_DEAL}>{t('list.noDeal')}</option>
          </select>
        </label>
      </div>
      <div class="sc-row">
        <label class="sc-check">
          <input
            type="checkbox"
            checked={filter.overdueOnly}
            onChange={(e) => set({ overdueOnly: e.currentTarget.checked })}
          />
          <span>{t('list.overdueOnly')}</span>
        </label>
        <label class="sc-field grow">
          <span class="visually-hidden">{t('list.saved')}</span>
          <select
            value={current?.id ?? ''}
            onChange={(e) => {
              const chosen = saved.find((s) => s.id === e.currentTarget.value);
              onChange(chosen ? chosen.filter : NO_LIST_FILTER);
            }}
          >
            <option value="">{t('list.savedNone')}</option>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {current ? (
          <button type="button" class="linkish" onClick={() => onDeleteSaved(current.id)}>
            {t('list.deleteSaved', { name: current.name })}
          </button>
        ) : (
          !same(filter, NO_LIST_FILTER) && (
            <button type="button" class="linkish" aria-expanded={naming !== null} onClick={() => setNaming('')}>
              {t('list.save')}
            </button>
          )
        )}
      </div>
      {naming !== null && (
        <form
          class="sc-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (naming.trim() === '') return;
            onSaveAs(naming.trim());
            setNaming(null);
          }}
        >
          <label class="sc-field grow">
            <span>{t('list.saveName')}</span>
            <input
              type="text"
              value={naming}
              maxLength={60}
              required
              onInput={(e) => setNaming(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('action.save')}</button>
        </form>
      )}
    </div>
  );
}
