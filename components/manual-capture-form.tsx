import { useState } from 'preact/hooks';
import { EmailAddressSchema } from '@/lib/domain/email-address';
import type { DetectedContact } from '@/lib/domain/contact';
import { LinkedinLinkSchema } from '@/lib/domain/safe-link';
import { useI18n } from '@/lib/panel/i18n-context';

export interface ManualCaptureFormProps {
  /** What detection found, to prefill the form (may be nothing). */
  found: DetectedContact | null;
  site: DetectedContact['site'];
  onSubmit: (contact: DetectedContact) => Promise<string | null>;
}

// The same check as the message's schema: a LinkedIn page, so the error shows here, not as invalid-input.
const Url = LinkedinLinkSchema.max(600);

/** Capture by hand when detection is degraded: name, email, LinkedIn URL, headline, checked here first. */
export function ManualCaptureForm({ found, site, onSubmit }: ManualCaptureFormProps) {
  const { t } = useI18n();
  const [v, setV] = useState({
    name: found?.name ?? '',
    email: found?.emails[0] ?? '',
    linkedinUrl: found?.linkedinUrl ?? '',
    headline: found?.headline ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (event: Event) => {
    event.preventDefault();
    const email = v.email.trim();
    const url = v.linkedinUrl.trim();
    if (!v.name.trim() && !email) return setError('manual.error.nameOrEmail');
    if (email && !EmailAddressSchema.safeParse(email).success) return setError('prospect.error.email');
    if (url && !Url.safeParse(url).success) return setError('manual.error.linkedinUrl');
    const contact: DetectedContact = {
      key: `manual:${crypto.randomUUID()}`,
      site,
      name: v.name.trim() || null,
      linkedinUrl: url || null,
      salesNavUrl: null,
      emails: email ? [email] : [],
      headline: v.headline.trim() || null,
      title: found?.title ?? null,
      company: found?.company ?? null,
      location: found?.location ?? null,
      role: null,
      automated: false,
    };
    const failure = await onSubmit(contact);
    setError(failure);
    setDone(failure === null);
  };
  return (
    <form class="form" aria-label={t('manual.title')} onSubmit={submit}>
      <label class="field">
        <span>{t('manual.name')}</span>
        <input value={v.name} onInput={set('name')} />
      </label>
      <label class="field">
        <span>{t('manual.email')}</span>
        <input type="email" value={v.email} onInput={set('email')} />
      </label>
      <label class="field">
        <span>{t('manual.linkedinUrl')}</span>
        <input type="url" value={v.linkedinUrl} onInput={set('linkedinUrl')} />
      </label>
      <label class="field">
        <span>{t('manual.headline')}</span>
        <input value={v.headline} onInput={set('headline')} />
      </label>
      {error && (
        <p class="error" role="alert">
          {t(error)}
        </p>
      )}
      {done && (
        <p class="ok" role="status">
          {t('manual.saved')}
        </p>
      )}
      <button type="submit" class="primary">
        {t('addToPipeline')}
      </button>
    </form>
  );
}
