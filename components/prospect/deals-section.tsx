import { useState } from 'preact/hooks';
import type { DealRow, PersonRow } from '@/lib/db/rows';
import { captureDealTitle } from '@/lib/domain/capture-deal';
import type { Settings } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { DealEditor } from './deal-editor';
import { NewDealForm } from './new-deal-form';

export interface DealsSectionProps {
  person: PersonRow;
  deals: DealRow[];
  settings: Settings;
}

/** The prospect's deals, and a form to open a new one in the first pipeline. */
export function DealsSection({ person, deals, settings }: DealsSectionProps) {
  const { t } = useI18n();
  const { pipelines } = useStageNames();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="deals-heading">
      <h3 id="deals-heading">{t('deal.heading')}</h3>
      {deals.length === 0 && !adding && <p class="muted">{t('deal.none')}</p>}
      {deals.length > 0 && (
        <ul class="cards" aria-label={t('deal.heading')}>
          {deals.map((d) => (
            <DealEditor
              key={d.id}
              deal={d}
              pipeline={pipelines.find((p) => p.id === d.pipelineId)}
              workingTime={settings.workingTime}
            />
          ))}
        </ul>
      )}
      {adding ? (
        <NewDealForm
          personId={person.id}
          pipelineId={pipelines[0]?.id}
          currency={settings.currency}
          onDone={() => setAdding(false)}
          defaultTitle={captureDealTitle(person, { newDeal: t('deal.captureTitle'), firstTouch: '' })}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('deal.new')}
        </button>
      )}
    </section>
  );
}
