import { useState } from 'preact/hooks';
import { drawsIn, type Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useI18n } from '@/lib/panel/i18n-context';

const SITES = ['linkedin', 'gmail'] as const;

/**
 * "Draw nothing in LinkedIn's pages" (and Gmail's): the page's DOM stays exactly as the site sent it;
 * detection still reads the page, and capture and follow-ups happen in the side panel.
 */
export function PageFootprint({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [error, setError] = useState(false);
  const set = async (site: (typeof SITES)[number], drawNothing: boolean) => {
    const drawIn = { linkedin: drawsIn(settings, 'linkedin'), gmail: drawsIn(settings, 'gmail'), [site]: !drawNothing };
    const reply = await sendMessage('updateSettings', { patch: { drawIn } }).catch(() => null);
    setError(!reply?.ok);
  };
  return (
    <section aria-labelledby="footprint">
      <h2 id="footprint">{t('options.footprint.title')}</h2>
      <p>{t('options.footprint.help')}</p>
      {SITES.map((site) => (
        <label key={site}>
          <input
            type="checkbox"
            checked={!drawsIn(settings, site)}
            onChange={(e) => void set(site, e.currentTarget.checked)}
          />
          {t(`options.footprint.${site}`)}
        </label>
      ))}
      {error && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
