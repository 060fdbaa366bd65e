import type { PersonRow } from '@/lib/db/rows';
import type { Provenance } from '@/lib/domain/person';
import { formatDate } from '@/lib/i18n/format';
import { useI18n } from '@/lib/panel/i18n-context';

interface Entry {
  key: string;
  label: string;
  value: string | null;
  from: Provenance;
}

/** Every value whose origin is known: single fields, then each address and phone number. */
function entriesOf(person: PersonRow, t: (key: string) => string): Entry[] {
  const fields = Object.entries(person.provenance).flatMap(([field, from]) =>
    from ? [{ key: field, label: t(`person.${field}`), value: null, from }] : [],
  );
  const values = (person.valueProvenance ?? []).map((v) => ({
    key: `${v.field}:${v.value}`,
    label: t(`person.${v.field}`),
    value: v.value,
    from: v,
  }));
  return [...fields, ...values];
}

/**
 * Where and when each piece of a person's data was collected (GDPR Art. 14): read on a page (its
 * address), imported from a file, typed by the user or chosen in a merge. Values stored before this
 * was recorded say so rather than guess.
 */
export function ProvenanceList({ person }: { person: PersonRow }) {
  const { t, locale } = useI18n();
  const entries = entriesOf(person, t);
  const where = (from: Provenance) =>
    from.url?.startsWith('csv:') ? from.url.slice(4) : from.url ? from.url : t(`provenance.source.${from.source}`);
  return (
    <section aria-labelledby="provenance-heading">
      <h3 id="provenance-heading">{t('provenance.heading')}</h3>
      {entries.length === 0 && <p class="muted">{t('provenance.unknown')}</p>}
      <ul class="provenance">
        {entries.map((e) => (
          <li key={e.key}>
            {t(`provenance.how.${e.from.source}`, {
              field: e.value ? `${e.label} (${e.value})` : e.label,
              where: where(e.from),
              date: formatDate(e.from.at, locale),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
