import type { PersonRow } from '@/lib/db/rows';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { NOTES_SEARCH_BELOW, searchPeople } from '@/lib/panel/search-people';
import { searchText, type TextHit } from '@/lib/panel/search-text';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { usePeopleStatuses } from '@/lib/panel/use-people-statuses';
import { StatusBadge } from './status-badge';

export interface SearchResultsProps {
  query: string;
  onOpen: (personId: string) => void;
}

const NONE: PersonRow[] = [];

interface Found {
  people: PersonRow[];
  notes: TextHit[];
}

/** People (and, when few people match, notes) for the query, as the user types. */
export function SearchResults({ query, onOpen }: SearchResultsProps) {
  const db = useDb();
  const { t } = useI18n();
  const found = useLiveQuery<Found | null>(
    async () => {
      const people = await searchPeople(db, query);
      // Written text has no index: only look there when the names found too little (see search-text.ts).
      const notes = people.length < NOTES_SEARCH_BELOW ? await searchText(db, query) : [];
      return { people, notes };
    },
    [db, query],
    null,
  );
  const statuses = usePeopleStatuses(found?.people ?? NONE);
  if (!found)
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  const { people, notes } = found;
  return (
    <section id="search-results" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('search.results')}</h2>
      {/* One line that agrees with what is listed (issue 19: "0 people found" above a matching note). */}
      <p class="muted" role="status">
        {people.length > 0
          ? t('search.count', { count: people.length })
          : notes.length > 0
            ? t('search.textCount', { count: notes.length })
            : t('search.none')}
      </p>
      {people.length > 0 && (
        <ul class="cards" aria-label={t('search.people')}>
          {people.map((p) => (
            <li key={p.id} class="card">
              <button type="button" class="card-main card-button" data-nav-item onClick={() => onOpen(p.id)}>
                <span class="name">{p.displayName}</span>
                <span class="sub">{[p.company, p.emails[0]].filter(Boolean).join(' · ')}</span>
              </button>
              <StatusBadge text={statuses.get(p.id)} />
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul class="cards" aria-label={t('search.notes')}>
          {notes.map(({ id, kind, text, person }) => (
            <li key={id} class="card">
              <button type="button" class="card-main card-button" data-nav-item onClick={() => onOpen(person.id)}>
                <span class="name">{person.displayName}</span>
                <span class="sub">
                  {t(`search.hit.${kind}`)}: {text.slice(0, 140)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
