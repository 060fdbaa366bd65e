import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import {
  BANT_CRITERIA,
  scoreQualification,
  type BantAnswer,
  type BantKey,
  type QualificationStatus,
} from '@/lib/domain/qualification';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { reasonText } from './prospect-header';
import './prospect.css';

const ANSWERS: BantAnswer[] = ['unknown', 'yes', 'no'];

/** BANT (yes / no / unknown with a note), fit 0–100 and MQL/SQL, which only the user sets. */
export function QualificationPanel({ person }: { person: PersonRow }) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const q = person.qualification;
  const [fit, setFit] = useState(q.fit === null ? '' : String(q.fit));
  const [fitError, setFitError] = useState(false);
  // The answer just clicked, until the live query brings it back: a note typed at once must not
  // resend the old answer with it (the message carries both).
  const [clicked, setClicked] = useState<Partial<Record<BantKey, { answer: BantAnswer; was: BantAnswer }>>>({});
  const answerOf = (key: BantKey): BantAnswer => {
    const c = clicked[key];
    return c && q[key].answer === c.was ? c.answer : q[key].answer;
  };
  // Notes being typed: a live-query update while typing (e.g. from the answer just clicked) must not
  // reset the field to the stored note and swallow what was typed.
  const [drafts, setDrafts] = useState<Partial<Record<BantKey, string>>>({});
  const noteOf = (key: BantKey): string => drafts[key] ?? q[key].note;
  const score = scoreQualification(q);
  const answer = (key: BantKey, value: BantAnswer, note?: string) => {
    if (note === undefined) setClicked({ ...clicked, [key]: { answer: value, was: q[key].answer } });
    void action.run(
      send('changeQualification', {
        personId: person.id,
        criterion: { key, answer: value, ...(note === undefined ? {} : { note }) },
      }),
    );
  };
  const saveFit = () => {
    const n = fit.trim() === '' ? null : Number(fit);
    const ok = n === null || (Number.isInteger(n) && n >= 0 && n <= 100);
    setFitError(!ok);
    if (ok && n !== q.fit) void action.run(send('changeQualification', { personId: person.id, fit: n }));
  };
  const setStatus = (status: QualificationStatus) =>
    void action.run(
      send('changeQualification', { personId: person.id, status: q.status === status ? 'none' : status }),
    );
  return (
    <section aria-labelledby="qualification-heading">
      <h3 id="qualification-heading">{t('qualification.title')}</h3>
      <details class="score">
        <summary>{t('qualification.score', { score: score.score })}</summary>
        <ul aria-label={t('qualification.scoreReasons')}>
          {score.reasons.map((r, i) => (
            <li key={i}>{reasonText(r, t)}</li>
          ))}
        </ul>
      </details>
      {BANT_CRITERIA.map((key) => (
        <fieldset key={key} class="bant">
          <legend>{t(`bant.${key}`)}</legend>
          <div class="segmented" role="radiogroup" aria-label={t(`bant.${key}`)}>
            {ANSWERS.map((a) => (
              <label key={a} class={answerOf(key) === a ? 'seg on' : 'seg'}>
                <input
                  type="radio"
                  name={`bant-${key}`}
                  value={a}
                  checked={answerOf(key) === a}
                  onChange={() => answer(key, a)}
                />
                {t(`bant.answer.${a}`)}
              </label>
            ))}
          </div>
          <input
            aria-label={t('bant.note', { criterion: t(`bant.${key}`) })}
            placeholder={t('bant.notePlaceholder')}
            maxLength={2000}
            value={noteOf(key)}
            onInput={(e) => setDrafts({ ...drafts, [key]: e.currentTarget.value })}
            onChange={(e) => e.currentTarget.value !== q[key].note && answer(key, answerOf(key), e.currentTarget.value)}
          />
        </fieldset>
      ))}
      <label class="field">
        <span>{t('qualification.fit')}</span>
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          value={fit}
          onInput={(e) => setFit(e.currentTarget.value)}
          onBlur={saveFit}
          onKeyDown={(e) => e.key === 'Enter' && saveFit()}
          aria-invalid={fitError || undefined}
          aria-describedby={fitError ? 'fit-error' : undefined}
        />
        {fitError && (
          <span id="fit-error" class="error">
            {t('qualification.fitError')}
          </span>
        )}
      </label>
      <div class="row" role="group" aria-label={t('qualification.status')}>
        {(['mql', 'sql'] as const).map((s) => (
          <button key={s} type="button" class="toggle" aria-pressed={q.status === s} onClick={() => setStatus(s)}>
            {t(`qualification.mark.${s}`)}
          </button>
        ))}
      </div>
      <p class="muted">{t('qualification.userDecides')}</p>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
    </section>
  );
}
