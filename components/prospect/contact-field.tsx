import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { useI18n } from '@/lib/panel/i18n-context';
import { formValuesOf, validatePersonForm } from '@/lib/panel/person-form';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

export type ContactFieldName = 'title' | 'company' | 'emails' | 'phones';

export interface ContactFieldProps {
  person: PersonRow;
  field: ContactFieldName;
  label: string;
  /** The value as shown (links for addresses and numbers); absent: a dash. */
  children?: ComponentChildren;
}

/**
 * One line of the contact card, edited in place: ✎ turns it into a field; Save checks it as the full
 * form would, sends only that field, then closes and says "Saved" (issue 19: the form stayed open).
 * A mistake is a sentence under the field, and what was typed stays.
 */
export function ContactField({ person, field, label, children }: ContactFieldProps) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), 4000);
    return () => clearTimeout(timer);
  }, [saved]);
  const save = async (e: Event) => {
    e.preventDefault();
    if (draft === null) return;
    const checked = validatePersonForm({ ...formValuesOf(person), [field]: draft });
    const problem = checked.ok ? null : (checked.errors[field] ?? null);
    setError(problem);
    if (!checked.ok || problem) return;
    if (await action.run(send('updatePerson', { personId: person.id, patch: { [field]: checked.patch[field] } }))) {
      setDraft(null);
      setSaved(true);
    }
  };
  const id = `contact-${field}`;
  return (
    <div class="contact-row">
      <dt>{label}</dt>
      <dd>
        {draft === null ? (
          <>
            <span class="contact-value">{children ?? '—'}</span>
            <button
              type="button"
              class="icon-button"
              aria-label={t('contact.edit', { field: label })}
              title={t('contact.edit', { field: label })}
              onClick={() => setDraft(formValuesOf(person)[field])}
            >
              ✎
            </button>
            {saved && (
              <span class="ok" role="status">
                {t('prospect.saved')}
              </span>
            )}
          </>
        ) : (
          <form class="contact-edit" onSubmit={save} noValidate onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}>
            <input
              ref={input}
              id={id}
              aria-label={label}
              value={draft}
              dir="auto"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => setDraft(e.currentTarget.value)}
            />
            <button type="submit" disabled={action.busy}>
              {t('action.save')}
            </button>
            <button type="button" onClick={() => (setDraft(null), setError(null))}>
              {t('action.cancel')}
            </button>
            {(error || action.error) && (
              <span id={`${id}-error`} class="error" role="alert">
                {t(error ?? action.error ?? '')}
              </span>
            )}
            {(field === 'emails' || field === 'phones') && <span class="muted">{t('person.listHint')}</span>}
          </form>
        )}
      </dd>
    </div>
  );
}
