import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { usePipelines } from '@/lib/panel/use-pipelines';
import { useSettings } from '@/lib/panel/use-settings';
import { PeopleListView } from '../list/people-list-view';
import { DealBoard } from './deal-board';
import { LayoutSwitch, useLayout } from './layout-switch';
import { PipelineSwitcher } from './pipeline-switcher';
import { StageEditor } from './stage-editor';
import './controls.css';
import './board.css';

export interface PipelineViewProps {
  onOpenPerson(personId: string): void;
}

/** The Pipeline board: the chosen pipeline's deals by stage, with its switcher and stage editor. */
export function PipelineView({ onOpenPerson }: PipelineViewProps) {
  const { t } = useI18n();
  const pipelines = usePipelines();
  const settings = useSettings();
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [layout, setLayout] = useLayout();
  const pipeline = pipelines?.find((p) => p.id === pipelineId) ?? pipelines?.[0];

  return (
    <section class="board" aria-labelledby="board-heading" data-sidecar-view="pipeline">
      <header class="board-head">
        <h2 id="board-heading">{t('pipeline')}</h2>
        <LayoutSwitch layout={layout} onChange={setLayout} />
        {pipeline && !editing && layout === 'board' && (
          <button type="button" class="linkish" onClick={() => setEditing(true)}>
            {t('stages.edit')}
          </button>
        )}
      </header>
      {pipelines && pipeline && (
        <PipelineSwitcher pipelines={pipelines} selectedId={pipeline.id} onSelect={setPipelineId} onError={setError} />
      )}
      {error && (
        <p class="sc-error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      {(!pipelines || !settings) && <p class="muted">{t('loading')}</p>}
      {pipelines?.length === 0 && <p class="muted">{t('board.noPipeline')}</p>}
      {pipeline &&
        settings &&
        (editing ? (
          <StageEditor pipeline={pipeline} onDone={() => setEditing(false)} />
        ) : layout === 'list' ? (
          <PeopleListView pipeline={pipeline} settings={settings} onOpenPerson={onOpenPerson} />
        ) : (
          <DealBoard pipeline={pipeline} settings={settings} onOpenPerson={onOpenPerson} />
        ))}
    </section>
  );
}
