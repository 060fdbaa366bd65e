import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { usePipelines } from '@/lib/panel/use-pipelines';
import { PipelineSwitcher } from '../board/pipeline-switcher';
import { StageEditor } from '../board/stage-editor';
import '../board/controls.css';

/**
 * Pipelines and their stages in the options page: the side panel's own switcher (a pipeline from a
 * template) and stage editor (rename, reorder, add, remove), always open here. A rename shows in the
 * panel and the pages' overlays at once: both read the stage names from the database.
 */
export function PipelinesSection() {
  const { t } = useI18n();
  const pipelines = usePipelines();
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const pipeline = pipelines?.find((p) => p.id === pipelineId) ?? pipelines?.[0];
  return (
    <section aria-labelledby="pipelines">
      <h2 id="pipelines">{t('options.pipelines.title')}</h2>
      {pipelines && pipeline && (
        <PipelineSwitcher pipelines={pipelines} selectedId={pipeline.id} onSelect={setPipelineId} onError={setError} />
      )}
      {error && (
        <p class="error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      {/* Cancel or save starts a fresh draft from the stored pipeline. */}
      {pipeline && (
        <StageEditor key={`${pipeline.id}:${round}`} pipeline={pipeline} onDone={() => setRound(round + 1)} />
      )}
    </section>
  );
}
