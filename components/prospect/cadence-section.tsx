import { useState } from 'preact/hooks';
import type { FollowUpRow, PersonRow } from '@/lib/db/rows';
import { BUILT_IN_CADENCE } from '@/lib/domain/cadence';
import type { Settings } from '@/lib/domain/settings';
import type { WorkingTime } from '@/lib/domain/working-time';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { useDb } from '@/lib/panel/db-context';
import { cadenceName, followUpText } from '@/lib/panel/follow-up-text';
import { useI18n } from '@/lib/panel/i18n-context';
import { loadPersonCadences, type PersonCadences, type RunningCadence } from '@/lib/panel/load-cadences';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { CadencePreview } from './cadence-preview';
import { FollowUpRowItem } from './follow-up-row-item';
import { TouchWrite } from './touch-write';

export interface CadenceSectionProps {
  person: PersonRow;
  settings: Settings;
  /** Due times of the person's open follow-ups (the preview keeps touches off them). */
  taken: readonly number[];
}

/**
 * Start a cadence (the built-in seven touches or the user's own) for this person after a preview of
 * every touch and its date, follow its touches (email ones can be written from their template), stop it.
 */
export function CadenceSection({ person, settings, taken }: CadenceSectionProps) {
  const db = useDb();
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const personId = person.id;
  const workingTime = settings.workingTime;
  const [choice, setChoice] = useState(BUILT_IN_CADENCE.id);
  const [previewing, setPreviewing] = useState(false);
  const data = useLiveQuery<PersonCadences | null>(() => loadPersonCadences(db, personId), [db, personId], null);
  if (!data) return null;
  const chosen = data.cadences.find((c) => c.id === choice);
  const preview = (event: Event) => {
    event.preventDefault();
    setPreviewing(true);
  };
  const start = async () => {
    if (await action.run(send('startCadence', { personId, cadenceId: choice, dealId: null }))) setPreviewing(false);
  };
  return (
    <section aria-labelledby="cadence-heading">
      <h3 id="cadence-heading">{t('cadence.heading')}</h3>
      {data.running.map((r) => (
        <RunningCadenceCard
          key={r.run.id}
          running={r}
          workingTime={workingTime}
          person={person}
          settings={settings}
          onStop={() => void action.run(send('stopCadence', { cadenceRunId: r.run.id }))}
          busy={action.busy}
        />
      ))}
      {data.running.length === 0 && previewing && chosen && (
        <CadencePreview
          cadence={chosen}
          personId={personId}
          workingTime={workingTime}
          taken={taken}
          busy={action.busy}
          onConfirm={() => void start()}
          onCancel={() => setPreviewing(false)}
        />
      )}
      {data.running.length === 0 && !previewing && (
        <form class="cadence-start-form" aria-label={t('cadence.start')} onSubmit={preview}>
          <label class="field">
            <span>{t('cadence.choose')}</span>
            <select value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              {data.cadences.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('cadence.option', { name: cadenceName(c, t), count: c.steps.length })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="primary" disabled={action.busy}>
            {t('cadence.start')}
          </button>
        </form>
      )}
      {data.running.length === 0 && <p class="muted">{t('cadence.none')}</p>}
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
    </section>
  );
}

interface RunningCadenceCardProps {
  running: RunningCadence;
  person: PersonRow;
  settings: Settings;
  workingTime: WorkingTime;
  busy: boolean;
  onStop: () => void;
}

/** One running cadence: its touches as follow-ups (open ones can be done, snoozed or moved) and Stop. */
function RunningCadenceCard({
  running: { run, cadence, steps },
  workingTime,
  person,
  settings,
  busy,
  onStop,
}: RunningCadenceCardProps) {
  const { t, locale } = useI18n();
  const name = cadence ? cadenceName(cadence, t) : t('cadence.deleted');
  const done = steps.filter((s) => s.done && s.cancelReason === null).length;
  return (
    <div class="cadence-run">
      <div class="row">
        <div class="card-main">
          <span class="name" dir="auto">
            {name}
          </span>
          <span class="sub">
            {t('cadence.progress', {
              date: formatDate(run.startedAt, locale, workingTime.timeZone),
              done,
              total: steps.length,
            })}
          </span>
        </div>
        <button type="button" class="danger-button" disabled={busy} onClick={onStop}>
          {t('cadence.stop')}
        </button>
      </div>
      <ol class="cards" aria-label={t('cadence.touches', { name })}>
        {steps.map((s) =>
          s.done ? (
            <PastTouch key={s.id} step={s} workingTime={workingTime} />
          ) : (
            <FollowUpRowItem key={s.id} followUp={s} workingTime={workingTime} personName={person.displayName}>
              {templateOf(cadence, s) && (
                <TouchWrite
                  person={person}
                  settings={settings}
                  templateId={templateOf(cadence, s) ?? ''}
                  what={followUpText(s, t)}
                />
              )}
            </FollowUpRowItem>
          ),
        )}
      </ol>
    </div>
  );
}

/** The template an email touch carries: its cadence step's (lib/domain/cadence.ts). */
const templateOf = (cadence: RunningCadence['cadence'], step: FollowUpRow): string | null =>
  step.kind === 'email' && step.cadenceStep !== null ? (cadence?.steps[step.cadenceStep]?.templateId ?? null) : null;

/** A touch that is behind us: done, or cancelled (stopped, replied). */
function PastTouch({ step, workingTime }: { step: FollowUpRow; workingTime: WorkingTime }) {
  const { t, locale } = useI18n();
  const when = step.doneAt === null ? '' : formatDateTime(step.doneAt, locale, workingTime.timeZone);
  return (
    <li class="card past">
      <div class="card-main">
        <span class="name">
          {t(`followUp.kind.${step.kind}`)} — {followUpText(step, t)}
        </span>
        <span class="sub">
          {step.cancelReason === null
            ? t('cadence.touchDone', { date: when })
            : t('cadence.touchCancelled', { date: when })}
        </span>
      </div>
    </li>
  );
}
