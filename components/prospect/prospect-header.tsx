import { useState } from 'preact/hooks';
import type { ActivityRow, DealRow, FollowUpRow, PersonRow } from '@/lib/db/rows';
import { scoreLead } from '@/lib/domain/analytics-lead-score';
import { countTouches, TOUCHES_FOR_VIABLE_LEAD } from '@/lib/domain/analytics-touches';
import { personStatusOf } from '@/lib/domain/person-status';
import type { ScoreReason } from '@/lib/domain/score-reason';
import type { Settings } from '@/lib/domain/settings';
import type { Translate } from '@/lib/i18n/translate';
import { useI18n } from '@/lib/panel/i18n-context';
import { statusText } from '@/lib/panel/person-status-text';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { SafeLink } from '../safe-link';
import { StatusBadge } from '../status-badge';
import { ContactField } from './contact-field';
import { ContactTiming } from './contact-timing';
import { WriteEmail } from './write-email';
import './prospect.css';

export interface ProspectHeaderProps {
  person: PersonRow;
  activities: ActivityRow[];
  deals: DealRow[];
  followUps: FollowUpRow[];
  settings: Settings;
}

/** A score reason in the user's language; criterion names are translated too. */
export function reasonText(r: ScoreReason, t: Translate): string {
  const params =
    typeof r.params.criterion === 'string' ? { ...r.params, criterion: t(`bant.${r.params.criterion}`) } : r.params;
  const points = r.points > 0 ? `+${r.points}` : String(r.points);
  return t('score.reason', { reason: t(r.key, params), points });
}

/**
 * The contact card (issue 19: the contact was hidden behind "Edit details"): who they are, where they
 * stand, how to reach them (addresses as mailto:, numbers as tel:, the profile as a link, "Write
 * email"), what is next and when they were last touched; each detail edited in place.
 */
export function ProspectHeader({ person, activities, deals, followUps, settings }: ProspectHeaderProps) {
  const { t } = useI18n();
  const { nameOf } = useStageNames();
  const [writing, setWriting] = useState(false);
  const score = scoreLead(person, activities, deals);
  const touches = countTouches(activities);
  const { min, max } = TOUCHES_FOR_VIABLE_LEAD;
  return (
    <header class="prospect-header contact-card">
      <h2 id="prospect-name" dir="auto">
        {person.displayName}
      </h2>
      {person.headline && (
        <p class="sub" dir="auto">
          {person.headline}
        </p>
      )}
      <p class="row">
        <StatusBadge text={statusText(personStatusOf(person, deals), nameOf, t)} />
        <span class={touches.touches >= min ? 'chip ok' : 'chip'} title={t('prospect.touchesWhy')}>
          {t('prospect.touches', { count: touches.touches, min, max })}
        </span>
      </p>
      <dl class="contact-facts">
        <ContactField person={person} field="company" label={t('person.company')}>
          {person.company && <span dir="auto">{person.company}</span>}
        </ContactField>
        <ContactField person={person} field="title" label={t('person.title')}>
          {person.title && <span dir="auto">{person.title}</span>}
        </ContactField>
        <ContactField person={person} field="emails" label={t('person.emails')}>
          {person.emails.length > 0 && (
            <span class="contact-links" dir="ltr">
              {person.emails.map((email) => (
                <SafeLink key={email} kind="email" value={email}>
                  {email}
                </SafeLink>
              ))}
            </span>
          )}
        </ContactField>
        <ContactField person={person} field="phones" label={t('person.phones')}>
          {person.phones.length > 0 && (
            <span class="contact-links" dir="ltr">
              {person.phones.map((phone) => (
                <SafeLink key={phone} kind="phone" value={phone}>
                  {phone}
                </SafeLink>
              ))}
            </span>
          )}
        </ContactField>
        {person.linkedinUrl && (
          <div class="contact-row">
            <dt>{t('person.linkedinUrl')}</dt>
            <dd>
              <SafeLink kind="page" value={person.linkedinUrl}>
                {t('contact.linkedinProfile')}
              </SafeLink>
            </dd>
          </div>
        )}
        <ContactTiming deals={deals} followUps={followUps} lastTouchAt={touches.lastTouchAt} settings={settings} />
      </dl>
      {person.emails.length > 0 && (
        <button type="button" class="primary" aria-expanded={writing} onClick={() => setWriting(!writing)}>
          {t('write.title')}
        </button>
      )}
      {writing && <WriteEmail person={person} settings={settings} />}
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
