import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { LeadSourceSchema, LifecycleSchema } from '@/lib/domain/person';
import { useI18n } from '@/lib/panel/i18n-context';
import {
  formValuesOf,
  TEXT_FIELDS,
  validatePersonForm,
  type PersonFormErrors,
  type PersonFormField,
  type PersonFormValues,
} from '@/lib/panel/person-form';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

const LIST_FIELDS = ['emails', 'phones', 'tags'] as const;

/** Edit a person's details; checked here first so each error shows next to its field. */
export function PersonDetailsForm({ person }: { person: PersonRow }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<PersonFormValues>(() => formValuesOf(person));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [saved, setSaved] = useState(false);
  const set = (field: PersonFormField) => (e: Event) => {
    setValues({ ...values, [field]: (e.currentTarget as HTMLInputElement).value });
    setSaved(false);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = validatePersonForm(values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const ok = await action.run(send('updatePerson', { personId: person.id, patch: checked.patch }));
    // Saved: the form closes and says so (issue 19: it stayed open after "Saved.").
    setSaved(ok);
    if (ok) setOpen(false);
  };
  // The error sits outside the <label> so it describes the field instead of renaming it.
  const input = (field: PersonFormField) => (
    <div class="field" key={field}>
      <label for={`person-${field}`}>{t(`person.${field}`)}</label>
      <input
        id={`person-${field}`}
        type="text"
        value={values[field]}
        onInput={set(field)}
        dir="auto"
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `err-${field}` : undefined}
      />
      {errors[field] && (
        <span id={`err-${field}`} class="error">
          {t(errors[field] ?? '')}
        </span>
      )}
    </div>
  );
  const toggle = () => {
    if (!open) setValues(formValuesOf(person));
    setSaved(false);
    setOpen(!open);
  };
  return (
    <section aria-labelledby="details-heading">
      <h3 id="details-heading">{t('prospect.details')}</h3>
      <button type="button" aria-expanded={open} onClick={toggle}>
        {t('prospect.editDetails')}
      </button>
      {saved && !open && (
        <p class="ok" role="status">
          {t('prospect.saved')}
        </p>
      )}
      {open && (
        <form class="form" aria-label={t('prospect.details')} onSubmit={submit} noValidate>
          {(Object.keys(TEXT_FIELDS) as PersonFormField[]).map((f) => input(f))}
          {LIST_FIELDS.map((f) => input(f))}
          <p class="muted">{t('person.listHint')}</p>
          <label class="field">
            <span>{t('person.leadSource')}</span>
            <select value={values.leadSource} onChange={set('leadSource')}>
              {LeadSourceSchema.options.map((s) => (
                <option key={s} value={s}>
                  {t(`leadSource.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('person.lifecycle')}</span>
            <select value={values.lifecycle} onChange={set('lifecycle')}>
              {LifecycleSchema.options.map((s) => (
                <option key={s} value={s}>
                  {t(`lifecycle_${s}`)}
                </option>
              ))}
            </select>
          </label>
          {action.error && (
            <p class="error" role="alert">
              {t(action.error)}
            </p>
          )}
          <button type="submit" class="primary" disabled={action.busy}>
            {t('action.save')}
          </button>
        </form>
      )}
    </section>
  );
}
