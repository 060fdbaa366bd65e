import { resolveStageName } from '@/lib/domain/pipeline';
import type { BoardColumn } from '@/lib/panel/board-columns';
import { useI18n } from '@/lib/panel/i18n-context';
import { DEAL_DRAG_TYPE } from './deal-card';

export interface StageStripProps {
  columns: readonly BoardColumn[];
  selectedId: string;
  onSelect(stageId: string): void;
  onDropDeal(dealId: string, toStageId: string): void;
}

const carriesDeal = (e: DragEvent) => e.dataTransfer?.types.includes(DEAL_DRAG_TYPE) ?? false;

/**
 * Every stage as a chip with its count: the stage switcher and the drop targets in one row. At 320 px
 * side-by-side columns would show one column at a time anyway and hide the drop target off-screen;
 * chips keep every stage in reach of a drag while the list below shows the chosen stage's cards.
 */
export function StageStrip({ columns, selectedId, onSelect, onDropDeal }: StageStripProps) {
  const { t } = useI18n();
  return (
    <div class="stage-strip" role="group" aria-label={t('board.stages')}>
      {columns.map(({ stage, count }) => (
        <button
          key={stage.id}
          type="button"
          data-stage-id={stage.id}
          class={`stage-chip stage-${stage.kind}${stage.id === selectedId ? ' selected' : ''}`}
          aria-pressed={stage.id === selectedId}
          aria-label={
            count === null
              ? resolveStageName(stage, t)
              : t('board.stageChip', { stage: resolveStageName(stage, t), count })
          }
          onClick={() => onSelect(stage.id)}
          onDragOver={(e) => {
            if (carriesDeal(e)) {
              e.preventDefault();
              e.currentTarget.classList.add('drop');
            }
          }}
          onDragLeave={(e) => e.currentTarget.classList.remove('drop')}
          onDrop={(e) => {
            e.preventDefault();
            e.currentTarget.classList.remove('drop');
            const id = e.dataTransfer?.getData(DEAL_DRAG_TYPE);
            if (id) onDropDeal(id, stage.id);
          }}
        >
          <span class="chip-name">{resolveStageName(stage, t)}</span>
          {count !== null && <span class="chip-count">{count}</span>}
        </button>
      ))}
    </div>
  );
}
