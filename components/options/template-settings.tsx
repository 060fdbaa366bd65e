import { useState } from 'preact/hooks';
import type { EmailTemplate } from '@/lib/domain/email-template';
import type { Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useI18n } from '@/lib/panel/i18n-context';

const EMPTY = { name: '', subject: '', body: '' };

/**
 * What {my_name} becomes in the email templates "Write email" fills in, and the user's own templates
 * beside the built-in ones (lib/domain/email-template.ts), written in whatever language they write to.
 */
export function TemplateSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [name, setName] = useState(settings.myName ?? '');
  const [draft, setDraft] = useState(EMPTY);
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  const own = settings.templates ?? [];
  const send = async (patch: Partial<Settings>) => {
    const reply = await sendMessage('updateSettings', { patch }).catch(() => null);
    setState(reply?.ok ? 'saved' : 'failed');
    return reply?.ok === true;
  };
  const save = (e: Event) => {
    e.preventDefault();
    void send({ myName: name.trim() === '' ? null : name.trim() });
  };
  const add = async (e: Event) => {
    e.preventDefault();
    if (draft.name.trim() === '') return;
    const template: EmailTemplate = { id: crypto.randomUUID(), ...draft, name: draft.name.trim() };
    if (await send({ templates: [...own, template] })) setDraft(EMPTY);
  };
  const remove = (id: string) => void send({ templates: own.filter((x) => x.id !== id) });
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
      {own.length > 0 && (
        <ul aria-label={t('options.templates.own')}>
          {own.map((x) => (
            <li key={x.id}>
              <span dir="auto">{x.name}</span>{' '}
              <button type="button" onClick={() => remove(x.id)}>
                {t('options.templates.delete', { name: x.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form aria-label={t('options.templates.add')} onSubmit={(e) => void add(e)}>
        <label>
          {t('options.templates.name')}
          <input
            value={draft.name}
            maxLength={100}
            required
            dir="auto"
            onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('write.subject')}
          <input
            value={draft.subject}
            maxLength={500}
            dir="auto"
            onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('write.body')}
          <textarea
            value={draft.body}
            rows={5}
            maxLength={10_000}
            dir="auto"
            onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
          />
        </label>
        <button type="submit">{t('options.templates.add')}</button>
      </form>
      {state === 'failed' && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
