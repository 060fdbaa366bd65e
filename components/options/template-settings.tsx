import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useI18n } from '@/lib/panel/i18n-context';

/** What {my_name} becomes in the email templates "Write email" fills in (lib/domain/email-template.ts). */
export function TemplateSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [name, setName] = useState(settings.myName ?? '');
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const save = async (e: Event) => {
    e.preventDefault();
    const myName = name.trim() === '' ? null : name.trim();
    const reply = await sendMessage('updateSettings', { patch: { myName } }).catch(() => null);
    setState(reply?.ok ? 'saved' : 'failed');
  };
  return (
    <section aria-labelledby="template-settings">
      <h2 id="template-settings">{t('options.templates.title')}</h2>
      <form onSubmit={save}>
        <label>
          {t('options.templates.myName')}
          <input value={name} maxLength={100} dir="auto" onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('action.save')}</button>
        {state === 'saved' && <span role="status">{t('prospect.saved')}</span>}
      </form>
      <p class="muted">{t('options.templates.help')}</p>
      {state === 'failed' && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
