import { useState } from 'preact/hooks';
import { addStage, renameStage, reorderStages, type PipelineEditError } from '@/lib/domain/pipeline-edit';
import { captureStageOf } from '@/lib/domain/capture-deal';
import { resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import type { Result } from '@/lib/domain/result';
import { useI18n } from '@/lib/panel/i18n-context';
import { errorOf } from '@/lib/panel/message-error';
import { useSend } from '@/lib/panel/send-context';
import { StageEditorRow } from './stage-editor-row';

export interface StageEditorProps {
  pipeline: Pipeline;
  onDone(): void;
}

/**
 * Rename, reorder and add stages on a draft, saved at once (savePipeline); removing a stage is its own
 * message because deals move with it. Every draft edit goes through the domain's pipeline-edit checks.
 */
export function StageEditor({ pipeline, onDone }: StageEditorProps) {
  const { t } = useI18n();
  const sendMessage = useSend();
  const [draft, setDraft] = useState<Pipeline>(pipeline);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  // A saved or removed stage comes back as a new pipeline row: start the draft again from it.
  const [base, setBase] = useState(pipeline);
  if (base !== pipeline) {
    setBase(pipeline);
    setDraft(pipeline);
  }

  const apply = (r: Result<Pipeline, PipelineEditError>) =>
    r.ok ? (setDraft(r.value), setError(null)) : setError(r.error);
  const shift = (i: number, step: -1 | 1) => {
    const ids = draft.stages.map((s) => s.id);
    const [moved] = ids.splice(i, 1);
    if (moved === undefined) return;
    ids.splice(i + step, 0, moved);
    apply(reorderStages(draft, ids));
  };
  const add = (e: Event) => {
    e.preventDefault();
    if (newName.trim() === '') return;
    // Stage ids are stable slugs for templates; a user's stage gets a random one (names can change).
    apply(
      addStage(draft, {
        id: `custom-${crypto.randomUUID().slice(0, 8)}`,
        nameKey: null,
        name: newName.trim(),
        probability: 50,
        kind: 'open',
      }),
    );
    setNewName('');
  };
  const save = async () => {
    const code = await errorOf(sendMessage('savePipeline', { pipeline: draft }));
    if (code) setError(code);
    else onDone();
  };
  const remove = async (stageId: string, moveDealsTo: string) => {
    setError(await errorOf(sendMessage('removeStage', { pipelineId: pipeline.id, stageId, moveDealsTo })));
  };

  return (
    <section class="stage-editor" aria-label={t('stages.edit')}>
      <ol class="stage-rows">
        {draft.stages.map((s, i) => (
          <StageEditorRow
            key={s.id}
            stage={s}
            index={i}
            count={draft.stages.length}
            stages={draft.stages}
            onRename={(name) => apply(renameStage(draft, s.id, name))}
            onShift={(step) => shift(i, step)}
            onRemove={(to) => void remove(s.id, to)}
          />
        ))}
      </ol>
      <label class="sc-field">
        <span>{t('stages.captureStage')}</span>
        <select
          value={captureStageOf(draft)?.id ?? ''}
          onChange={(e) => setDraft({ ...draft, captureStageId: e.currentTarget.value })}
        >
          {draft.stages
            .filter((s) => s.kind === 'open')
            .map((s) => (
              <option key={s.id} value={s.id}>
                {resolveStageName(s, t)}
              </option>
            ))}
        </select>
      </label>
      <form class="sc-row" onSubmit={add}>
        <input
          type="text"
          value={newName}
          maxLength={100}
          aria-label={t('stages.newName')}
          placeholder={t('stages.newName')}
          onInput={(e) => setNewName(e.currentTarget.value)}
        />
        <button type="submit">{t('stages.add')}</button>
      </form>
      {error && (
        <p class="sc-error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      <div class="sc-actions">
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
        <button type="button" class="primary" onClick={() => void save()}>
          {t('action.save')}
        </button>
      </div>
    </section>
  );
}
