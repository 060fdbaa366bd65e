import { useState } from 'preact/hooks';
import type { PipelineRow } from '@/lib/db/rows';
import { createPipelineFromTemplate, STAGE_TEMPLATE_IDS, type StageTemplateId } from '@/lib/domain/stage-templates';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';

export interface PipelineSwitcherProps {
  pipelines: readonly PipelineRow[];
  selectedId: string;
  onSelect(pipelineId: string): void;
  onError(code: string | null): void;
}

/** Which pipeline the board shows (only when there are several), and "Add pipeline from template". */
export function PipelineSwitcher({ pipelines, selectedId, onSelect, onError }: PipelineSwitcherProps) {
  const { t } = useI18n();
  const sendMessage = useSend();
  const [template, setTemplate] = useState<StageTemplateId>('b2b-outbound');
  const [adding, setAdding] = useState(false);
  const nameOf = (p: PipelineRow) => p.name ?? t(p.nameKey ?? '');
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      const reply = await sendMessage('addPipeline', { templateId: template });
      onError(reply.ok ? null : reply.error);
      if (reply.ok) {
        onSelect(reply.value.pipelineId);
        setAdding(false);
      }
    } catch {
      onError('internal');
    }
  };
  return (
    <div class="pipeline-switcher">
      {pipelines.length > 1 && (
        <select
          aria-label={t('board.pipelineSwitch')}
          value={selectedId}
          onChange={(e) => onSelect(e.currentTarget.value)}
        >
          {pipelines.map((p) => (
            <option key={p.id} value={p.id}>
              {nameOf(p)}
            </option>
          ))}
        </select>
      )}
      <button type="button" class="linkish" aria-expanded={adding} onClick={() => setAdding(!adding)}>
        {t('board.addPipeline')}
      </button>
      {adding && (
        <form class="sc-row" onSubmit={(e) => void add(e)}>
          <select
            aria-label={t('board.template')}
            value={template}
            onChange={(e) => setTemplate(e.currentTarget.value as StageTemplateId)}
          >
            {STAGE_TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(createPipelineFromTemplate(id, id).nameKey ?? id)}
              </option>
            ))}
          </select>
          <button type="submit" class="primary">
            {t('board.addPipelineSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
