import type { Deal } from '@/lib/domain/deal';
import type { Pipeline } from '@/lib/domain/pipeline';
import { formatDate, formatMoney } from '@/lib/i18n/format';
import { adjacentStage } from '@/lib/panel/board-columns';
import { useI18n } from '@/lib/panel/i18n-context';
import { MoveMenu } from './move-menu';

/** The MIME type a dragged card carries: stage chips accept only this, not stray text drops. */
export const DEAL_DRAG_TYPE = 'application/x-sidecar-deal';

export interface DealCardProps {
  deal: Deal;
  personName: string | null;
  pipeline: Pipeline;
  flags: readonly string[];
  onOpenPerson(personId: string): void;
  onMove(deal: Deal, toStageId: string): void;
  /** Chosen for a bulk action (the board's checkboxes). */
  selected: boolean;
  onSelect(selected: boolean): void;
}

function focusSibling(el: HTMLElement, step: 1 | -1) {
  const next = step === 1 ? el.nextElementSibling : el.previousElementSibling;
  if (next instanceof HTMLElement) next.focus();
}

/** One deal on the board: drag it onto a stage, or focus it and press Shift+←/→ (↑/↓ walk the list). */
export function DealCard({
  deal,
  personName,
  pipeline,
  flags,
  onOpenPerson,
  onMove,
  selected,
  onSelect,
}: DealCardProps) {
  const { t, locale } = useI18n();
  const onKeyDown = (e: KeyboardEvent) => {
    // Only when the card itself has focus: arrows inside its menu or buttons keep their meaning.
    if (e.target !== e.currentTarget) return;
    const el = e.currentTarget as HTMLElement;
    if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      const to = adjacentStage(pipeline, deal.stageId, e.key === 'ArrowRight' ? 1 : -1);
      if (to) onMove(deal, to.id);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') focusSibling(el, e.key === 'ArrowDown' ? 1 : -1);
    else if (e.key === 'Enter') onOpenPerson(deal.personId);
    else if (e.key === ' ') onSelect(!selected);
    else return;
    e.preventDefault();
  };
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer?.setData(DEAL_DRAG_TYPE, deal.id);
    e.dataTransfer?.setData('text/plain', deal.title);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
  };
  const due = deal.nextStep && formatDate(deal.nextStep.dueAt, locale);
  return (
    <li
      class="deal-card"
      tabIndex={0}
      draggable
      data-deal-id={deal.id}
      aria-label={t('board.cardLabel', { title: deal.title, person: personName ?? '' })}
      aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight Space"
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
    >
      <div class="deal-top">
        <input
          type="checkbox"
          class="deal-select"
          checked={selected}
          aria-label={t('board.select', { title: deal.title, person: personName ?? '' })}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
        <button type="button" class="linkish deal-person" onClick={() => onOpenPerson(deal.personId)}>
          {personName ?? t('loading')}
        </button>
        <span class="deal-value">{formatMoney(deal.value, deal.currency, locale)}</span>
      </div>
      <div class="deal-title">{deal.title}</div>
      <div class="deal-next">
        {deal.nextStep ? t('board.nextStepOn', { text: deal.nextStep.text, date: due ?? '' }) : t('board.noNextStep')}
      </div>
      <div class="deal-bottom">
        <span class="flags">
          {flags.map((f) => (
            <span key={f} class={`flag flag-${f}`}>
              {t(`flag.${f}`)}
            </span>
          ))}
        </span>
        <MoveMenu
          stages={pipeline.stages}
          currentStageId={deal.stageId}
          dealTitle={deal.title}
          onMove={(to) => onMove(deal, to)}
        />
      </div>
    </li>
  );
}
