import { useState } from 'preact/hooks';
import type { NextStep } from '@/lib/domain/deal';
import { findStage, resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import type { WorkingTime } from '@/lib/domain/working-time';
import {
  bulkDelete,
  bulkMove,
  bulkMoveQuestion,
  bulkSchedule,
  bulkTag,
  dealsToMove,
  sendAll,
  type BulkTarget,
} from '@/lib/panel/bulk-actions';
import { useDb } from '@/lib/panel/db-context';
import type { Reply } from '@/lib/panel/message-error';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useUndoable } from '@/lib/panel/use-undoable';
import { BulkDialogs, type Asking } from './bulk-dialogs';
import '../board/controls.css';
import './bulk.css';

export interface BulkBarProps {
  targets: readonly BulkTarget[];
  pipeline: Pipeline;
  workingTime: WorkingTime;
  onDone(): void;
}

const PRESETS = ['tomorrow-morning', 'in-3-days', 'next-week'] as const;
const PRESET_KEYS = { 'tomorrow-morning': 'tomorrowMorning', 'in-3-days': 'in3Days', 'next-week': 'nextWeek' } as const;

/** What to do with the selected people at once: move, tag, schedule or delete; each undoable from its toast. */
export function BulkBar({ targets, pipeline, workingTime, onDone }: BulkBarProps) {
  const { t } = useI18n();
  const db = useDb();
  const send = useSend();
  const undoable = useUndoable();
  const [asking, setAsking] = useState<Asking>(null);
  const [tagging, setTagging] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = targets.map((x) => x.personId);
  const run = async (steps: readonly (() => Promise<Reply>)[], message: string) => {
    setAsking(null);
    const code = await undoable(ids, () => sendAll(steps), message);
    setError(code);
    if (code === null) onDone();
  };
  const move = (to: string, extra: { nextStep?: NextStep; lostReason?: string } = {}) => {
    const stage = findStage(pipeline, to);
    const count = dealsToMove(targets, pipeline, to).length;
    const message = t('bulk.moved', { count, stage: stage ? resolveStageName(stage, t) : to });
    void run(bulkMove(send, targets, pipeline, to, extra), message);
  };
  const askMove = (to: string) => {
    const question = bulkMoveQuestion(targets, pipeline, to);
    if (question) setAsking({ kind: question, to });
    else move(to);
  };
  const tag = async (name: string) => {
    const people = await db.prospects.bulkGet(ids);
    const tagsOf = (id: string) => people.find((p) => p?.id === id)?.tags ?? [];
    setTagging(null);
    void run(bulkTag(send, ids, tagsOf, name), t('bulk.tagged', { count: ids.length, tag: name }));
  };
  const stageName =
    asking && 'to' in asking
      ? resolveStageName(findStage(pipeline, asking.to) ?? { name: asking.to, nameKey: null }, t)
      : '';
  return (
    <div class="bulk-bar" role="group" aria-label={t('bulk.label')}>
      <span class="bulk-count">{t('bulk.selected', { count: targets.length })}</span>
      <select
        aria-label={t('bulk.moveTo')}
        value=""
        onChange={(e) => e.currentTarget.value && askMove(e.currentTarget.value)}
      >
        <option value="">{t('bulk.moveTo')}</option>
        {pipeline.stages.map((s) => (
          <option key={s.id} value={s.id}>
            {resolveStageName(s, t)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('bulk.schedule')}
        value=""
        onChange={(e) => {
          const preset = PRESETS.find((p) => p === e.currentTarget.value);
          if (preset)
            void run(
              bulkSchedule(send, ids, preset),
              t('bulk.scheduled', { count: ids.length, when: t(`followUp.preset.${PRESET_KEYS[preset]}`) }),
            );
        }}
      >
        <option value="">{t('bulk.schedule')}</option>
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t(`followUp.preset.${PRESET_KEYS[p]}`)}
          </option>
        ))}
      </select>
      <button type="button" aria-expanded={tagging !== null} onClick={() => setTagging(tagging === null ? '' : null)}>
        {t('bulk.tag')}
      </button>
      <button type="button" class="danger-button" onClick={() => setAsking({ kind: 'delete' })}>
        {t('bulk.delete')}
      </button>
      <button type="button" class="linkish" onClick={onDone}>
        {t('bulk.clear')}
      </button>
      {tagging !== null && (
        <form
          class="sc-row bulk-tag"
          onSubmit={(e) => (e.preventDefault(), tagging.trim() && void tag(tagging.trim()))}
        >
          <label class="sc-field grow">
            <span>{t('bulk.tagName')}</span>
            <input
              type="text"
              value={tagging}
              maxLength={60}
              required
              onInput={(e) => setTagging(e.currentTarget.value)}
            />
          </label>
          <button type="submit">{t('bulk.addTag')}</button>
        </form>
      )}
      {error && (
        <p class="sc-error" role="alert">
          {t('bulk.failed', { reason: t(`error.${error}`) })}
        </p>
      )}
      <BulkDialogs
        asking={asking}
        count={ids.length}
        stageName={stageName}
        workingTime={workingTime}
        onCancel={() => setAsking(null)}
        onDelete={() => void run(bulkDelete(send, ids), t('bulk.deleted', { count: ids.length }))}
        onMove={move}
      />
    </div>
  );
}
