import { FollowUpKindSchema } from '@/lib/domain/follow-up';
import type { EmailTemplate } from '@/lib/domain/email-template';
import { useI18n } from '@/lib/panel/i18n-context';

/** One touch of a cadence being edited. */
export interface StepDraft {
  offsetDays: number;
  kind: (typeof FollowUpKindSchema.options)[number];
  note: string;
  templateId: string | null;
}

export interface CadenceStepFieldsProps {
  index: number;
  step: StepDraft;
  templates: readonly EmailTemplate[];
  onChange(step: StepDraft): void;
  onRemove(): void;
}

/**
 * A touch's fields: what kind, how many working days after the one before, what it says, and for an
 * email the template "Write" fills Gmail's compose with (issue 19).
 */
export function CadenceStepFields({ index, step, templates, onChange, onRemove }: CadenceStepFieldsProps) {
  const { t } = useI18n();
  const n = index + 1;
  return (
    <fieldset>
      <legend>{t('options.cadences.step', { n })}</legend>
      <label>
        {t('followUp.type')}
        <select
          value={step.kind}
          onChange={(e) => onChange({ ...step, kind: e.currentTarget.value as StepDraft['kind'] })}
        >
          {FollowUpKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {t(`followUp.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('options.cadences.days')}
        <input
          type="number"
          min={0}
          max={60}
          value={step.offsetDays}
          onInput={(e) => onChange({ ...step, offsetDays: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('followUp.note')}
        <input
          value={step.note}
          maxLength={5000}
          dir="auto"
          onInput={(e) => onChange({ ...step, note: e.currentTarget.value })}
        />
      </label>
      {step.kind === 'email' && (
        <label>
          {t('options.cadences.template')}
          <select
            value={step.templateId ?? ''}
            onChange={(e) => onChange({ ...step, templateId: e.currentTarget.value || null })}
          >
            <option value="">{t('options.cadences.noTemplate')}</option>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={onRemove}>
        {t('options.cadences.removeStep', { n })}
      </button>
    </fieldset>
  );
}
