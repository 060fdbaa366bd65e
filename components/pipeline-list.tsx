import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { useProgressiveCount } from '@/lib/panel/use-progressive-count';

export interface PipelineListProps {
  prospects: PersonRow[];
  onOpen?: (personId: string) => void;
}

/**
 * Every prospect, newest first: the list the end-to-end contract calls "Pipeline". With thousands of
 * people the first ~100 rows render at once and the rest follow in idle-time chunks, in the same list.
 */
export function PipelineList({ prospects, onOpen }: PipelineListProps) {
  const { t } = useI18n();
  const shown = useProgressiveCount(prospects.length);
  return (
    <section aria-labelledby="pipeline-heading">
      <h2 id="pipeline-heading">{t('pipeline')}</h2>
      <p class="muted">{t('prospectCount', { count: prospects.length })}</p>
      {prospects.length === 0 && <p class="muted">{t('pipelineEmpty')}</p>}
      <ul class="cards" aria-label={t('pipeline')} aria-busy={shown < prospects.length || undefined}>
        {prospects.slice(0, shown).map((p) => (
          <li key={p.id} class="card">
            <button type="button" class="card-main card-button" data-nav-item onClick={() => onOpen?.(p.id)}>
              <span class="name">{p.displayName}</span>
              {p.headline && <span class="sub">{p.headline}</span>}
              {p.linkedinUrl && <span class="sub">{p.linkedinUrl}</span>}
              {!p.linkedinUrl && p.emails[0] && <span class="sub">{p.emails[0]}</span>}
            </button>
            <span class="status">{t(`lifecycle_${p.lifecycle}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
