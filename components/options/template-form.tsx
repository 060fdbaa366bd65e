import { useState } from 'preact/hooks';
import {
  checkTemplateDraft,
  PLACEHOLDERS,
  type TemplateDraft,
  type TemplateField,
  type TemplateProblem,
} from '@/lib/domain/email-template';
import { useI18n } from '@/lib/panel/i18n-context';

export interface TemplateFormProps {
  /** The form's accessible name ("Add template", "Edit Follow-up PL"). */
  label: string;
  initial: TemplateDraft;
  /** The names of the user's other templates: a name is used once. */
  otherNames: readonly string[];
  submitLabel: string;
  /** Store it; true when it was stored (an add form then empties itself). */
  onSubmit(draft: TemplateDraft): Promise<boolean>;
  onCancel?: () => void;
}

/**
 * One of the user's own templates, to add or to edit: each problem is a sentence next to its field
 * (issue 19: "every validation message is a sentence in the user's language next to the field").
 */
export function TemplateForm({ label, initial, otherNames, submitLabel, onSubmit, onCancel }: TemplateFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<TemplateField, TemplateProblem>>>({});
  const idBase = `tpl-${label.replace(/\W+/g, '-')}`;
  const message = (p: TemplateProblem) =>
    t(`options.templates.problem.${p.code}`, {
      placeholder: `{${p.placeholder ?? ''}}`,
      known: PLACEHOLDERS.map((x) => `{${x}}`).join(', '),
    });
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = checkTemplateDraft(draft, otherNames);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (await onSubmit({ ...draft, name: draft.name.trim() })) setDraft(initial);
  };
  const field = (key: TemplateField, caption: string, multiline: boolean) => {
    const problem = problems[key];
    const errorId = `${idBase}-${key}-error`;
    const props = {
      value: draft[key],
      dir: 'auto' as const,
      'aria-invalid': problem ? ('true' as const) : undefined,
      'aria-describedby': problem ? errorId : undefined,
      onInput: (e: Event) => {
        setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
        if (problem) setProblems(Object.fromEntries(Object.entries(problems).filter(([k]) => k !== key)));
      },
    };
    return (
      <div class="field">
        <label>
          {caption}
          {multiline ? <textarea rows={5} {...props} /> : <input {...props} />}
        </label>
        {problem && (
          <p id={errorId} class="error">
            {message(problem)}
          </p>
        )}
      </div>
    );
  };
  return (
    <form aria-label={label} noValidate onSubmit={(e) => void submit(e)}>
      {field('name', t('options.templates.name'), false)}
      {field('subject', t('write.subject'), false)}
      {field('body', t('write.body'), true)}
      <button type="submit">{submitLabel}</button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      )}
    </form>
  );
}
