import type { DetectedContact } from '@/lib/domain/contact';
import { useI18n } from '@/lib/panel/i18n-context';
import type { ContactStatusLabel } from '@/lib/panel/status-label';

export interface DetectedContactCardProps {
  contact: DetectedContact;
  status: ContactStatusLabel | null;
  state: 'idle' | 'adding' | 'failed';
  onCapture: () => void;
  onOpen: (personId: string) => void;
}

/**
 * A profile URL as a reader needs it: no scheme, no "www.", no trailing slash, on one line (issue 19:
 * full LinkedIn URLs wrapped over three lines of a 360 px card); the whole URL is in the tooltip.
 */
const shortUrl = (url: string): string => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/** One contact found on the page: who they are, and their status or an "Add to pipeline" button. */
export function DetectedContactCard({ contact: c, status, state, onCapture, onOpen }: DetectedContactCardProps) {
  const { t } = useI18n();
  const name = c.name ?? c.emails[0] ?? c.linkedinUrl ?? '';
  return (
    <li class="card" data-contact-key={c.key}>
      <div class="card-main">
        {status ? (
          <button type="button" class="link-button name" data-nav-item onClick={() => onOpen(status.personId)}>
            {name}
          </button>
        ) : (
          <span class="name">{name}</span>
        )}
        <span class="sub one-line" title={c.emails[0] ?? c.linkedinUrl ?? undefined} dir="ltr">
          {c.emails[0] ?? (c.linkedinUrl ? shortUrl(c.linkedinUrl) : '')}
        </span>
        {c.headline && <span class="sub">{c.headline}</span>}
        <span class="tags">
          {c.role && <span class="tag">{t(`role_${c.role}`)}</span>}
          {c.automated && <span class="tag">{t('automatedSender')}</span>}
        </span>
        {state === 'failed' && (
          <span class="error" role="alert">
            {t('captureFailed')}
          </span>
        )}
      </div>
      {status ? (
        <span class="status" title={status.explanation}>
          {status.label}
        </span>
      ) : (
        <button
          type="button"
          class="primary"
          data-nav-item
          data-capture
          disabled={state === 'adding'}
          onClick={onCapture}
        >
          {state === 'adding' ? t('adding') : t('addToPipeline')}
        </button>
      )}
    </li>
  );
}
