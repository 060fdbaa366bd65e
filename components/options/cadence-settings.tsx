import { useState } from 'preact/hooks';
import { CadenceStepSchema, type Cadence } from '@/lib/domain/cadence';
import type { Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { loadOwnCadences } from '@/lib/panel/load-cadences';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { templatesFor } from '@/lib/panel/use-templates';
import { CadenceStepFields, type StepDraft } from './cadence-step-fields';

type Draft = { id?: string; name: string; steps: StepDraft[] };

const NAME_PROBLEM = 'options.cadences.problem.name';
const STEPS_PROBLEM = 'options.cadences.problem.steps';
const OFFSET_DAYS = CadenceStepSchema.shape.offsetDays;
const validDays = (days: number) => OFFSET_DAYS.safeParse(days).success;
const NEW_STEP: StepDraft = { offsetDays: 2, kind: 'email', note: '', templateId: null };
const draftOf = (c: Cadence): Draft => ({
  id: c.id,
  name: c.name ?? '',
  steps: c.steps.map((s) => ({
    offsetDays: s.offsetDays,
    kind: s.kind,
    note: s.note ?? '',
    templateId: s.templateId ?? null,
  })),
});

/**
 * The user's own cadences (the built-in one is read-only): made and edited here, each touch with its
 * kind, its delay and, for an email, the template its "Write" fills in (issue 19).
 */
export function CadenceSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const db = useDb();
  const own = useLiveQuery(() => loadOwnCadences(db), [db], [] as Cadence[]);
  const templates = templatesFor(t, settings);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The touch whose days are out of range (1-based), said next to the form's save.
  const [badDays, setBadDays] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    if (draft.name.trim() === '') return setProblem(NAME_PROBLEM);
    if (draft.steps.length === 0) return setProblem(STEPS_PROBLEM);
    setProblem(null);
    // Said, not clamped: 99 typed must not become 60 silently.
    const bad = draft.steps.findIndex((s) => !validDays(s.offsetDays));
    setBadDays(bad < 0 ? null : bad + 1);
    if (bad >= 0) return undefined;
    const steps = draft.steps.map((s) => ({
      offsetDays: s.offsetDays,
      kind: s.kind,
      note: s.note.trim() || null,
      noteKey: null,
      ...(s.kind === 'email' && s.templateId ? { templateId: s.templateId } : {}),
    }));
    const cadence = { ...(draft.id ? { id: draft.id } : {}), name: draft.name.trim(), steps };
    const reply = await sendMessage('saveCadence', { cadence }).catch(() => null);
    setFailed(reply?.ok !== true);
    if (reply?.ok) setDraft(null);
  };
  const remove = (id: string) =>
    void sendMessage('deleteCadence', { cadenceId: id })
      .catch(() => null)
      .then((r) => setFailed(r?.ok !== true));
  const setStep = (i: number, s: StepDraft | null) =>
    draft &&
    setDraft({
      ...draft,
      steps: s ? draft.steps.map((x, j) => (j === i ? s : x)) : draft.steps.filter((_, j) => j !== i),
    });
  return (
    <section aria-labelledby="cadence-settings">
      <h2 id="cadence-settings">{t('options.cadences.title')}</h2>
      {own.length > 0 && (
        <ul aria-label={t('options.cadences.own')}>
          {own.map((c) => (
            <li key={c.id}>
              <span dir="auto">{c.name}</span>{' '}
              <button type="button" onClick={() => setDraft(draftOf(c))}>
                {t('options.templates.edit', { name: c.name ?? '' })}
              </button>{' '}
              <button type="button" onClick={() => remove(c.id)}>
                {t('options.templates.delete', { name: c.name ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <form aria-label={t('options.cadences.edit')} noValidate onSubmit={(e) => void save(e)}>
          <label>
            {t('options.cadences.name')}
            <input
              value={draft.name}
              maxLength={200}
              dir="auto"
              aria-invalid={problem === NAME_PROBLEM ? 'true' : undefined}
              aria-describedby={problem === NAME_PROBLEM ? 'cadence-name-error' : undefined}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
          </label>
          {problem === NAME_PROBLEM && (
            <p id="cadence-name-error" class="error">
              {t(problem)}
            </p>
          )}
          {draft.steps.map((s, i) => (
            <CadenceStepFields
              key={i}
              index={i}
              step={s}
              templates={templates}
              onChange={(next) => setStep(i, next)}
              onRemove={() => setStep(i, null)}
            />
          ))}
          <button
            type="button"
            disabled={draft.steps.length >= 20}
            onClick={() => setDraft({ ...draft, steps: [...draft.steps, NEW_STEP] })}
          >
            {t('options.cadences.addStep')}
          </button>
          {problem === STEPS_PROBLEM && <p class="error">{t(problem)}</p>}
          {badDays !== null && (
            <p class="error" role="alert">
              {t('options.cadences.problem.days', {
                n: badDays,
                min: OFFSET_DAYS.minValue ?? 0,
                max: OFFSET_DAYS.maxValue ?? 0,
              })}
            </p>
          )}
          <button type="submit">{t('action.save')}</button>
          <button type="button" onClick={() => setDraft(null)}>
            {t('action.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setDraft({ name: '', steps: [NEW_STEP] })}>
          {t('options.cadences.new')}
        </button>
      )}
      {failed && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
