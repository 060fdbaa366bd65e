import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { findSuggestions } from '@/lib/domain/identity';
import { searchTokensOf } from '@/lib/domain/text-fold';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { MergeDialog } from './merge-dialog';

// Candidates come from the search index (people sharing a name word), so no table scan; capped.
const CANDIDATES = 200;

/** People who are probably the same person (name across scripts, same company): open or merge. */
export function DuplicatesSection({ person, onOpenPerson }: { person: PersonRow; onOpenPerson: (id: string) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [merging, setMerging] = useState<PersonRow | null>(null);
  const others = useLiveQuery(
    async () => {
      const tokens = searchTokensOf(person.displayName);
      if (tokens.length === 0) return [];
      // A word or a phrase starting with it: a stored person keeps a name word only when no phrase starts with it.
      const ranges = tokens.map((t): [string, string] => [t, `${t} \uffff`]);
      return db.prospects
        .where('searchTokens')
        .inAnyRange(ranges, { includeUppers: true })
        .distinct()
        .limit(CANDIDATES)
        .toArray();
    },
    [db, person.id, person.displayName],
    [] as PersonRow[],
  );
  const byId = new Map(others.map((p) => [p.id, p]));
  const suggestions = findSuggestions(person, others).flatMap((s) => {
    const other = byId.get(s.personId);
    return other ? [{ ...s, other }] : [];
  });
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-heading">
      <h3 id="duplicates-heading">{t('duplicates.heading')}</h3>
      <ul class="cards" aria-label={t('duplicates.heading')}>
        {suggestions.map(({ other, confidence }) => (
          <li key={other.id} class="card">
            <div class="card-main">
              <button type="button" class="link-button name" onClick={() => onOpenPerson(other.id)} dir="auto">
                {other.displayName}
              </button>
              <span class="sub">{[other.company, other.emails[0]].filter(Boolean).join(' · ')}</span>
              <span class="tag">{t(`duplicates.confidence.${confidence}`)}</span>
            </div>
            <button type="button" onClick={() => setMerging(other)}>
              {t('duplicates.merge')}
            </button>
          </li>
        ))}
      </ul>
      {merging && <MergeDialog survivor={person} absorbed={merging} onClose={() => setMerging(null)} />}
    </section>
  );
}
