import { useState } from 'preact/hooks';
import type { Deal, NextStep } from '@/lib/domain/deal';
import { validateStageMove } from '@/lib/domain/deal-stage-move';
import { findStage, resolveStageName, type Pipeline } from '@/lib/domain/pipeline';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useUndoable } from '@/lib/panel/use-undoable';

/** The question a move is waiting on before it can be sent. */
export type PendingMove = { kind: 'next-step' | 'lost-reason'; deal: Deal; toStageId: string };

export interface DealMove {
  pending: PendingMove | null;
  /** The last move's error code, or null. */
  error: string | null;
  /** The stage id of the last successful move, for the live-region announcement. */
  movedTo: string | null;
  request(deal: Deal, toStageId: string): void;
  answer(extra: { nextStep?: NextStep; lostReason?: string }): void;
  cancel(): void;
}

/**
 * The move flow shared by drag and drop, Shift+Arrow and the "Move to…" menu. The domain's own check
 * decides what to ask: a next step when entering a later open stage without one, a reason when losing.
 * The background checks again; its answer is what counts. A move that worked shows a toast naming the
 * person and the stage, with Undo (issue 19: the card just vanished from the stage on screen).
 */
export function useDealMove(pipeline: Pipeline): DealMove {
  const sendMessage = useSend();
  const db = useDb();
  const { t } = useI18n();
  const undoable = useUndoable();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [movedTo, setMovedTo] = useState<string | null>(null);

  const send = async (deal: Deal, toStageId: string, extra: { nextStep?: NextStep; lostReason?: string }) => {
    setPending(null);
    const to = findStage(pipeline, toStageId);
    const person = (await db.prospects.get(deal.personId))?.displayName ?? deal.title;
    const message = t('board.movedToast', { person, stage: to ? resolveStageName(to, t) : toStageId });
    const code = await undoable(
      [deal.personId],
      () => sendMessage('moveDeal', { dealId: deal.id, toStageId, ...extra }),
      message,
    );
    setError(code);
    setMovedTo(code === null ? toStageId : null);
  };

  const request = (deal: Deal, toStageId: string) => {
    if (deal.stageId === toStageId || !findStage(pipeline, toStageId)) return;
    const losing = findStage(pipeline, toStageId)?.kind === 'lost';
    const check = validateStageMove(deal, toStageId, pipeline, losing ? null : undefined);
    setError(null);
    if (!check.ok && check.error === 'next-step-required') return setPending({ kind: 'next-step', deal, toStageId });
    if (!check.ok && check.error === 'lost-reason-required')
      return setPending({ kind: 'lost-reason', deal, toStageId });
    if (!check.ok) return setError(check.error);
    void send(deal, toStageId, {});
  };

  return {
    pending,
    error,
    movedTo,
    request,
    answer: (extra) => {
      if (pending) void send(pending.deal, pending.toStageId, extra);
    },
    cancel: () => setPending(null),
  };
}
