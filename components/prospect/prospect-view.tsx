import { useEffect, useState } from 'preact/hooks';
import { loadProspect } from '@/lib/panel/load-prospect';
import type { ActivityRow, DealRow, FollowUpRow, PersonRow } from '@/lib/db/rows';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import type { ProspectCommand } from '@/lib/panel/use-panel-shortcuts';
import { useSettings } from '@/lib/panel/use-settings';
import { effectiveDueAt } from '@/lib/domain/follow-up';
import { useKeyShortcuts } from '@/lib/panel/use-shortcuts';
import { CadenceSection } from './cadence-section';
import { DealsSection } from './deals-section';
import { DeletePerson } from './delete-person';
import { ForgetPerson } from './forget-person';
import { ProvenanceList } from './provenance-list';
import { DuplicatesSection } from './duplicates-section';
import { FollowUpsSection } from './follow-ups-section';
import { LogActivityForm, type LogKind } from './log-activity-form';
import { PersonDetailsForm } from './person-details-form';
import { ProspectHeader } from './prospect-header';
import { QualificationPanel } from './qualification-panel';
import { Timeline } from './timeline';

export interface ProspectViewProps {
  personId: string;
  command: ProspectCommand | null;
  onBack: () => void;
  onOpenPerson: (personId: string) => void;
}

interface Loaded {
  person: PersonRow | undefined;
  activities: ActivityRow[];
  deals: DealRow[];
  followUps: FollowUpRow[];
}

/** One prospect: who they are, qualification, deals, follow-ups and everything that happened. */
export function ProspectView({ personId, command, onBack, onOpenPerson }: ProspectViewProps) {
  const db = useDb();
  const { t } = useI18n();
  const settings = useSettings();
  const [logKind, setLogKind] = useState<LogKind | null>(null);
  const [scheduleSignal, setScheduleSignal] = useState(0);
  const data = useLiveQuery<Loaded | null>(() => loadProspect(db, personId), [db, personId], null);
  useEffect(() => {
    if (command?.kind === 'followUp') setScheduleSignal((n) => n + 1);
    else if (command) setLogKind(command.kind);
  }, [command]);
  // N then type then Ctrl+Enter logs a note in two keystrokes; C does the same for a call.
  useKeyShortcuts((key) => {
    if (key === 'n' || key === 'c') {
      setLogKind(key === 'n' ? 'note' : 'call');
      return true;
    }
    if (key === 'f') {
      setScheduleSignal((n) => n + 1);
      return true;
    }
    return false;
  });
  if (!data || !settings)
    return (
      <p class="muted" role="status">
        {t('loading')}
      </p>
    );
  const { person, activities, deals, followUps } = data;
  const back = (
    <button type="button" class="link-button" onClick={onBack}>
      {t('prospect.back')}
    </button>
  );
  if (!person)
    return (
      <div>
        {back}
        <p class="muted">{t('prospect.gone')}</p>
      </div>
    );
  return (
    <article class="prospect" aria-labelledby="prospect-name">
      {back}
      <ProspectHeader person={person} activities={activities} deals={deals} followUps={followUps} settings={settings} />
      <div class="row">
        <button type="button" onClick={() => setLogKind('note')} aria-keyshortcuts="n">
          {t('log.note')}
        </button>
        <button type="button" onClick={() => setLogKind('call')} aria-keyshortcuts="c">
          {t('log.call')}
        </button>
      </div>
      {logKind && <LogActivityForm key={logKind} kind={logKind} personId={person.id} onDone={() => setLogKind(null)} />}
      {/* A cadence's touches show under their cadence, with its Stop. */}
      <FollowUpsSection
        personId={person.id}
        personName={person.displayName}
        followUps={followUps.filter((f) => f.origin !== 'cadence')}
        settings={settings}
        openSignal={scheduleSignal}
      />
      <CadenceSection
        person={person}
        settings={settings}
        taken={followUps.filter((f) => !f.done).map(effectiveDueAt)}
      />
      <DealsSection person={person} deals={deals} settings={settings} />
      <QualificationPanel person={person} />
      <PersonDetailsForm person={person} />
      <DuplicatesSection person={person} onOpenPerson={onOpenPerson} />
      <Timeline activities={activities} timeZone={settings.workingTime.timeZone} />
      <ProvenanceList person={person} />
      <ForgetPerson person={person} onForgotten={onBack} />
      <DeletePerson person={person} onDeleted={onBack} />
    </article>
  );
}
