import { useMemo, useState } from 'preact/hooks';
import type { PeopleListRow } from '@/lib/domain/people-list';
import {
  DEFAULT_LIST_PREFS,
  filterListRows,
  NO_LIST_FILTER,
  sortListRows,
  type ListFilter,
  type ListPrefs,
} from '@/lib/domain/people-list-query';
import type { Pipeline } from '@/lib/domain/pipeline';
import type { Settings } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { statusText } from '@/lib/panel/person-status-text';
import { useSend } from '@/lib/panel/send-context';
import { useListRows } from '@/lib/panel/use-list-rows';
import { useNow } from '@/lib/panel/use-now';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { BulkBar } from '../bulk/bulk-bar';
import { ListFilters } from './list-filters';
import { ListOptions } from './list-options';
import { PeopleGrid } from './people-grid';
import './list.css';

export interface PeopleListViewProps {
  pipeline: Pipeline;
  settings: Settings;
  onOpenPerson(personId: string): void;
}

let collator: Intl.Collator | undefined;

/** The list view: everyone in the pipeline, filtered, sorted, selected several at a time. */
export function PeopleListView({ pipeline, settings, onOpenPerson }: PeopleListViewProps) {
  const { t, locale } = useI18n();
  const send = useSend();
  const now = useNow();
  const { nameOf } = useStageNames();
  const rows = useListRows();
  const prefs = settings.list ?? DEFAULT_LIST_PREFS;
  const [filter, setFilter] = useState<ListFilter>(NO_LIST_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const savePrefs = (list: ListPrefs) => void send('updateSettings', { patch: { list } });
  const shown = useMemo(() => {
    if (!rows) return undefined;
    const order = new Map(pipeline.stages.map((s, i) => [s.id, i]));
    const rank = (r: PeopleListRow) =>
      r.deal === null ? 10_000 : r.deal.pipelineId === pipeline.id ? (order.get(r.deal.stageId) ?? 999) : 1_000;
    collator ??= new Intl.Collator(locale);
    return sortListRows(filterListRows(rows, filter, now), prefs.sort, rank, collator);
  }, [rows, filter, now, prefs.sort, pipeline, locale]);
  const statusOf = (r: PeopleListRow) => statusText(r.status, nameOf, t);
  const targets = (shown ?? []).filter((r) => selected.has(r.id)).map((r) => ({ personId: r.id, deal: r.deal }));
  return (
    <section class="people-list" aria-labelledby="list-heading" data-sidecar-view="list">
      <h3 id="list-heading" class="visually-hidden">
        {t('list.heading')}
      </h3>
      <ListFilters
        filter={filter}
        onChange={setFilter}
        pipeline={pipeline}
        saved={prefs.savedFilters}
        onSaveAs={(name) =>
          savePrefs({ ...prefs, savedFilters: [...prefs.savedFilters, { id: crypto.randomUUID(), name, filter }] })
        }
        onDeleteSaved={(id) => savePrefs({ ...prefs, savedFilters: prefs.savedFilters.filter((s) => s.id !== id) })}
      />
      <div class="list-bar">
        <p class="muted" role="status">
          {shown ? t('list.count', { count: shown.length }) : t('loading')}
        </p>
        <ListOptions prefs={prefs} onChange={savePrefs} />
      </div>
      {targets.length > 0 && (
        <BulkBar
          targets={targets}
          pipeline={pipeline}
          workingTime={settings.workingTime}
          onDone={() => setSelected(new Set())}
        />
      )}
      {shown && (
        <PeopleGrid
          rows={shown}
          columns={prefs.columns}
          statusOf={statusOf}
          selected={selected}
          onSelect={setSelected}
          onOpen={onOpenPerson}
          now={now}
          timeZone={settings.workingTime.timeZone}
        />
      )}
    </section>
  );
}
