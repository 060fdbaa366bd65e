import { useState } from 'preact/hooks';
import { isWinKind, resolveStageName, type Stage } from '@/lib/domain/pipeline';
import { useI18n } from '@/lib/panel/i18n-context';

export interface StageEditorRowProps {
  stage: Stage;
  index: number;
  count: number;
  stages: readonly Stage[];
  onRename(name: string | null): void;
  onShift(step: -1 | 1): void;
  onRemove(moveDealsTo: string): void;
}

// Deals may only move to a stage of the same kind (won and post-sale both mean won): see pipeline-edit.ts.
const sameClass = (a: Stage, b: Stage) => (isWinKind(a.kind) ? isWinKind(b.kind) : a.kind === b.kind);

/** One stage in the editor: rename, move up/down, remove (its deals go to a stage of the same kind). */
export function StageEditorRow({ stage, index, count, stages, onRename, onShift, onRemove }: StageEditorRowProps) {
  const { t } = useI18n();
  const targets = stages.filter((s) => s.id !== stage.id && sameClass(s, stage));
  const [removing, setRemoving] = useState(false);
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const translated = stage.nameKey ? t(stage.nameKey) : null;
  const name = resolveStageName(stage, t);
  return (
    <li class="stage-row">
      <div class="sc-row">
        <input
          type="text"
          value={name}
          maxLength={100}
          aria-label={t('stages.nameOf', { index: index + 1 })}
          // Typing the template's own name back keeps the translation (so a language switch still applies).
          onChange={(e) => {
            const v = e.currentTarget.value.trim();
            onRename(v === '' || v === translated ? null : v);
          }}
        />
        <button
          type="button"
          disabled={index === 0}
          aria-label={t('stages.up', { stage: name })}
          onClick={() => onShift(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={t('stages.down', { stage: name })}
          onClick={() => onShift(1)}
        >
          ↓
        </button>
        <button
          type="button"
          disabled={targets.length === 0}
          aria-expanded={removing}
          aria-label={t('stages.removeStage', { stage: name })}
          onClick={() => setRemoving(!removing)}
        >
          ✕
        </button>
      </div>
      {removing && (
        <div class="sc-row">
          <label class="sc-field">
            <span>{t('stages.moveDealsTo')}</span>
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {targets.map((s) => (
                <option key={s.id} value={s.id}>
                  {resolveStageName(s, t)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="danger" onClick={() => onRemove(target)}>
            {t('stages.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
