import { useState } from 'preact/hooks';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { loadNewLeads } from '@/lib/panel/new-leads';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { TodaySection } from './today-section';

const FIRST = 10;

/** "New leads to touch": captured people nobody acted on yet, highest lead score first. */
export function NewLeadsSection({ onOpenPerson }: { onOpenPerson(personId: string): void }) {
  const { t } = useI18n();
  const db = useDb();
  const [all, setAll] = useState(false);
  const data = useLiveQuery(() => loadNewLeads(db, all ? Infinity : FIRST), [db, all], null);
  if (!data) return null;
  return (
    <TodaySection
      id="today-newLeads"
      title={t('today.section.newLeads')}
      total={data.total}
      shown={data.rows.length}
      emptyText={t('today.empty.newLeads')}
      onShowAll={() => setAll(true)}
    >
      {data.rows.map((lead) => (
        <li key={lead.personId} class="today-item">
          <div class="today-main">
            <button type="button" class="linkish today-person" onClick={() => onOpenPerson(lead.personId)}>
              <span dir="auto">{lead.name}</span>
            </button>
            <span class="today-what">{t('prospect.leadScore', { score: lead.score })}</span>
          </div>
        </li>
      ))}
    </TodaySection>
  );
}
