import { useState } from 'preact/hooks';
import type { Detection, DetectedContact } from '@/lib/domain/contact';
import { useI18n } from '@/lib/panel/i18n-context';
import type { ContactStatusLabel } from '@/lib/panel/status-label';
import { DetectedContactCard } from './detected-contact-card';
import { DegradedNotice } from './degraded-notice';
import { AddAll } from './add-all';
import type { PageSnapshot } from './report-page-button';

export interface OnThisPageProps {
  tabId: number | null;
  detection: Detection | null;
  /** A contact's status when it is already in the pipeline. */
  statusOf: (contact: DetectedContact) => ContactStatusLabel | null;
  /** Capture a detected contact; resolves to false when it failed. */
  onCapture: (contact: DetectedContact) => Promise<boolean>;
  onManualCapture: (contact: DetectedContact) => Promise<string | null>;
  onOpen: (personId: string) => void;
  getSnapshot: () => Promise<PageSnapshot>;
  /** Changes when the palette asks to add everyone on the page. */
  addAllSignal?: number;
}

/** The contacts detected on the tab the panel follows, each with its status or "Add to pipeline". */
export function OnThisPage(props: OnThisPageProps) {
  const { tabId, detection, statusOf, onCapture, onOpen } = props;
  const { t } = useI18n();
  const [states, setStates] = useState<Record<string, 'adding' | 'failed'>>({});
  const contacts = detection?.contacts ?? [];
  const newPeople = contacts.filter((c) => !c.automated && statusOf(c) === null);
  const capture = async (c: DetectedContact) => {
    setStates((s) => ({ ...s, [c.key]: 'adding' }));
    const ok = await onCapture(c);
    setStates((s) => {
      const { [c.key]: _drop, ...rest } = s;
      void _drop;
      return ok ? rest : { ...rest, [c.key]: 'failed' };
    });
  };
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('onThisPage')}</h2>
      {tabId === null && <p class="muted">{t('noTabSelected')}</p>}
      {tabId !== null && contacts.length === 0 && !detection?.degraded && <p class="muted">{t('noContactsOnPage')}</p>}
      {detection && detection.hiddenMessages > 0 && (
        <p class="note" role="note">
          {t('page.hiddenMessages', { count: detection.hiddenMessages })}
        </p>
      )}
      {detection?.degraded && (
        <DegradedNotice detection={detection} onManualCapture={props.onManualCapture} getSnapshot={props.getSnapshot} />
      )}
      <AddAll contacts={newPeople} onCapture={onCapture} openSignal={props.addAllSignal ?? 0} />
      {contacts.length > 0 && (
        <ul class="cards" aria-label={t('onThisPage')}>
          {contacts.map((c) => (
            <DetectedContactCard
              key={c.key}
              contact={c}
              status={statusOf(c)}
              state={states[c.key] ?? 'idle'}
              onCapture={() => void capture(c)}
              onOpen={onOpen}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
