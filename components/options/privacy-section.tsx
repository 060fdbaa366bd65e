import { useState } from 'preact/hooks';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useSend } from '@/lib/panel/send-context';
import { DeleteAllData } from './delete-all-data';
import { RetentionSection } from './retention-section';
import type { Settings } from '@/lib/domain/settings';

/**
 * The suppression list as the user sees it (GDPR Art. 17): how many entries it holds (it names
 * nobody: salted hashes), lifting one by typing the address or profile link again, and deleting
 * everything.
 */
export function PrivacySection({ settings }: { settings: Settings | null }) {
  const db = useDb();
  const { t } = useI18n();
  const send = useSend();
  const count = useLiveQuery(() => db.suppressions.count(), [db], 0);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const lift = async (e: Event) => {
    e.preventDefault();
    if (!address.trim()) return setMessage('options.privacy.liftEmpty');
    const reply = await send('liftSuppression', { address }).catch(() => null);
    if (!reply?.ok) return setMessage('options.privacy.liftInvalid');
    setMessage(reply.value.lifted > 0 ? 'options.privacy.lifted' : 'options.privacy.notListed');
    setAddress('');
    return undefined;
  };
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t('options.privacy.title')}</h2>
      <p>{t('options.privacy.suppressed', { count })}</p>
      <form onSubmit={(e) => void lift(e)} noValidate>
        <label>
          {t('options.privacy.liftLabel')}
          <input type="text" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('options.privacy.lift')}</button>
        {message && (
          <p role="status" class={message.endsWith('Invalid') || message.endsWith('Empty') ? 'error' : 'muted'}>
            {t(message)}
          </p>
        )}
      </form>
      {settings && <RetentionSection settings={settings} />}
      <DeleteAllData />
    </section>
  );
}
