import { useState } from 'preact/hooks';
import type { EmailTemplate, TemplateDraft } from '@/lib/domain/email-template';
import type { Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useI18n } from '@/lib/panel/i18n-context';
import { TemplateForm } from './template-form';

const EMPTY = { name: '', subject: '', body: '' };

/**
 * What {my_name} becomes in the email templates "Write email" fills in, and the user's own templates
 * beside the built-in ones (lib/domain/email-template.ts), written in whatever language they write to:
 * added, edited in place and deleted.
 */
export function TemplateSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [name, setName] = useState(settings.myName ?? '');
  const [editing, setEditing] = useState<string | null>(null);
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
  const add = (draft: TemplateDraft) => {
    const template: EmailTemplate = { id: crypto.randomUUID(), ...draft };
    return send({ templates: [...own, template] });
  };
  const edit = async (id: string, draft: TemplateDraft) => {
    const ok = await send({ templates: own.map((x) => (x.id === id ? { ...x, ...draft } : x)) });
    if (ok) setEditing(null);
    return ok;
  };
  const namesBut = (id: string | null) => own.filter((x) => x.id !== id).map((x) => x.name);
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
          {own.map((x) =>
            editing === x.id ? (
              <li key={x.id}>
                <TemplateForm
                  label={t('options.templates.editNamed', { name: x.name })}
                  initial={{ name: x.name, subject: x.subject, body: x.body }}
                  otherNames={namesBut(x.id)}
                  submitLabel={t('action.save')}
                  onSubmit={(draft) => edit(x.id, draft)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={x.id}>
                <span dir="auto">{x.name}</span>{' '}
                <button type="button" onClick={() => setEditing(x.id)}>
                  {t('options.templates.edit', { name: x.name })}
                </button>{' '}
                <button type="button" onClick={() => remove(x.id)}>
                  {t('options.templates.delete', { name: x.name })}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <TemplateForm
        label={t('options.templates.add')}
        initial={EMPTY}
        otherNames={namesBut(null)}
        submitLabel={t('options.templates.add')}
        onSubmit={add}
      />
      {state === 'failed' && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
