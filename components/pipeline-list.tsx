import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { usePeopleStatuses } from '@/lib/panel/use-people-statuses';
import { StatusBadge } from './status-badge';

/** People shown at first, and added by each "Show more". */
export const PIPELINE_PAGE = 100;

export interface PipelineListProps {
  /** The newest people, as many as are shown. */
  prospects: PersonRow[];
  /** How many people the pipeline has. */
  total: number;
  onShowMore?: () => void;
  onOpen?: (personId: string) => void;
}

/**
 * The pipeline's people, newest first: the list the end-to-end contract calls "Pipeline". A page at a
 * time (the view reads only the shown rows, so a burst of captures elsewhere costs it one page each).
 */
export function PipelineList({ prospects, total, onShowMore, onOpen }: PipelineListProps) {
  const { t } = useI18n();
  const statuses = usePeopleStatuses(prospects);
  return (
    <section aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t('pipeline')}</h2>
      <p class="muted">{t('prospectCount', { count: total })}</p>
      {total === 0 && <p class="muted">{t('pipelineEmpty')}</p>}
      <ul class="cards" aria-label={t('pipeline')}>
        {prospects.map((p) => (
          <li key={p.id} class="card">
            <button type="button" class="card-main card-button" data-nav-item onClick={() => onOpen?.(p.id)}>
              <span class="name">{p.displayName}</span>
              {p.headline && <span class="sub">{p.headline}</span>}
              {/* One line, cut with an ellipsis: a long profile URL must not wrap inside the card. */}
              {p.linkedinUrl && (
                <span class="sub one-line" dir="ltr">
                  {p.linkedinUrl}
                </span>
              )}
              {!p.linkedinUrl && p.emails[0] && (
                <span class="sub one-line" dir="ltr">
                  {p.emails[0]}
                </span>
              )}
            </button>
            <StatusBadge text={statuses.get(p.id)} />
          </li>
        ))}
      </ul>
      {prospects.length < total && onShowMore && (
        <button type="button" class="linkish" onClick={onShowMore}>
          {t('board.showMore', { count: Math.min(PIPELINE_PAGE, total - prospects.length) })}
        </button>
      )}
    </section>
  );
}
