import type { Detection, DetectedContact } from '@/lib/domain/contact';
import { useI18n } from '@/lib/panel/i18n-context';

export interface OnThisPageProps {
  tabId: number | null;
  detection: Detection | null;
  /** Contact keys already in the pipeline, with their status label. */
  statusOf: (contact: DetectedContact) => string | null;
  onCapture: (contact: DetectedContact) => void;
}

/** The contacts detected on the tab the panel follows, each with its status or "Add to pipeline". */
export function OnThisPage({ tabId, detection, statusOf, onCapture }: OnThisPageProps) {
  const { t } = useI18n();
  const contacts = detection?.contacts ?? [];
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('onThisPage')}</h2>
      {tabId === null && <p class="muted">{t('noTabSelected')}</p>}
      {tabId !== null && contacts.length === 0 && <p class="muted">{t('noContactsOnPage')}</p>}
      {contacts.length > 0 && (
        <ul class="cards" aria-label={t('onThisPage')}>
          {contacts.map((c) => {
            const status = statusOf(c);
            return (
              <li key={c.key} class="card">
                <div class="card-main">
                  <span class="name">{c.name ?? c.emails[0] ?? c.linkedinUrl}</span>
                  <span class="sub">{c.emails[0] ?? c.linkedinUrl ?? ''}</span>
                  {c.headline && <span class="sub">{c.headline}</span>}
                  {c.role && <span class="tag">{t(`role_${c.role}`)}</span>}
                  {c.automated && <span class="tag">{t('automatedSender')}</span>}
                </div>
                {status ? <span class="status">{status}</span> : (
                  <button type="button" class="primary" onClick={() => onCapture(c)}>{t('addToPipeline')}</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
