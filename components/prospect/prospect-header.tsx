import type { ActivityRow, DealRow, PersonRow } from '@/lib/db/rows';
import { scoreLead } from '@/lib/domain/analytics-lead-score';
import { countTouches, TOUCHES_FOR_VIABLE_LEAD } from '@/lib/domain/analytics-touches';
import type { ScoreReason } from '@/lib/domain/score-reason';
import type { Translate } from '@/lib/i18n/translate';
import { personStatusOf } from '@/lib/domain/person-status';
import { useI18n } from '@/lib/panel/i18n-context';
import { statusText } from '@/lib/panel/person-status-text';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { SafeLink } from '../safe-link';
import { StatusBadge } from '../status-badge';

export interface ProspectHeaderProps {
  person: PersonRow;
  activities: ActivityRow[];
  deals: DealRow[];
}

/** A score reason in the user's language; criterion names are translated too. */
export function reasonText(r: ScoreReason, t: Translate): string {
  const params =
    typeof r.params.criterion === 'string' ? { ...r.params, criterion: t(`bant.${r.params.criterion}`) } : r.params;
  const points = r.points > 0 ? `+${r.points}` : String(r.points);
  return t('score.reason', { reason: t(r.key, params), points });
}

/** The profile, addresses and numbers, each a link when it is a safe one (SafeLink). */
function ContactLinks({ person }: { person: PersonRow }) {
  if (!person.linkedinUrl && person.emails.length === 0 && person.phones.length === 0) return null;
  return (
    <p class="row contact-links" dir="ltr">
      {person.linkedinUrl && (
        <SafeLink kind="page" value={person.linkedinUrl}>
          {person.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
        </SafeLink>
      )}
      {person.emails.map((email) => (
        <SafeLink key={email} kind="email" value={email}>
          {email}
        </SafeLink>
      ))}
      {person.phones.map((phone) => (
        <SafeLink key={phone} kind="phone" value={phone}>
          {phone}
        </SafeLink>
      ))}
    </p>
  );
}

/** Name as written, headline, lifecycle, the lead score with its reasons, and touches against 6–8. */
export function ProspectHeader({ person, activities, deals }: ProspectHeaderProps) {
  const { t } = useI18n();
  const { nameOf } = useStageNames();
  const score = scoreLead(person, activities, deals);
  const touches = countTouches(activities).touches;
  const { min, max } = TOUCHES_FOR_VIABLE_LEAD;
  return (
    <header class="prospect-header">
      <h2 id="prospect-name" dir="auto">
        {person.displayName}
      </h2>
      {person.headline && (
        <p class="sub" dir="auto">
          {person.headline}
        </p>
      )}
      <ContactLinks person={person} />
      <p class="row">
        <StatusBadge text={statusText(personStatusOf(person, deals), nameOf, t)} />
        <span class={touches >= min ? 'chip ok' : 'chip'} title={t('prospect.touchesWhy')}>
          {t('prospect.touches', { count: touches, min, max })}
        </span>
      </p>
      <details class="score">
        <summary>{t('prospect.leadScore', { score: score.score })}</summary>
        <ul aria-label={t('prospect.scoreReasons')}>
          {score.reasons.map((r, i) => (
            <li key={i}>{reasonText(r, t)}</li>
          ))}
          {score.reasons.length === 0 && <li class="muted">{t('prospect.noReasons')}</li>}
        </ul>
      </details>
    </header>
  );
}
