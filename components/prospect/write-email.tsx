import { useEffect, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { composeHref } from '@/lib/domain/compose-link';
import { fillTemplate, isBuiltInTemplateId, placeholderValues } from '@/lib/domain/email-template';
import type { Settings } from '@/lib/domain/settings';
import { LANGUAGES, pickLanguage, type Language } from '@/lib/i18n/locales';
import { useI18n } from '@/lib/panel/i18n-context';
import { useGmailAccount } from '@/lib/panel/use-gmail-account';
import { templatesFor, useTranslatorFor } from '@/lib/panel/use-templates';

export interface WriteEmailProps {
  person: PersonRow;
  settings: Settings;
  /** A template to start from (a cadence's email touch). */
  initialTemplateId?: string;
}

/**
 * "Write email": the address, a template filled in for this person (built-in ones in any of Sidecar's
 * languages), subject and body to adjust, then Gmail's compose in a new tab for the account of the
 * Gmail tab beside the panel, or the mail app (mailto:) when no Gmail tab is open.
 */
export function WriteEmail({ person, settings, initialTemplateId = '' }: WriteEmailProps) {
  const { t, locale } = useI18n();
  const account = useGmailAccount();
  const [to, setTo] = useState(person.emails[0] ?? '');
  const [templateId, setTemplateId] = useState(initialTemplateId);
  const [lang, setLang] = useState<Language>(pickLanguage(locale, []));
  const [draft, setDraft] = useState({ subject: '', body: '' });
  const tLang = useTranslatorFor(lang);
  const templates = templatesFor(tLang ?? t, settings);
  const template = templates.find((x) => x.id === templateId);
  // A template (or its language) just chosen fills the draft; typing afterwards is the user's own.
  useEffect(() => {
    if (!tLang) return;
    const chosen = templatesFor(tLang, settings).find((x) => x.id === templateId);
    setDraft(
      chosen ? fillTemplate(chosen, placeholderValues(person, settings.myName ?? null)) : { subject: '', body: '' },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templateId, tLang]);
  if (person.emails.length === 0) return <p class="muted">{t('write.noAddress')}</p>;
  const href = composeHref({ to, ...draft }, account);
  return (
    <form class="form write-email" aria-label={t('write.title')} onSubmit={(e) => e.preventDefault()}>
      {person.emails.length > 1 && (
        <label class="field">
          <span>{t('write.to')}</span>
          <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            {person.emails.map((email) => (
              <option key={email} value={email}>
                {email}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="row">
        <label class="field grow">
          <span>{t('write.template')}</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            <option value="">{t('write.noTemplate')}</option>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        {template && isBuiltInTemplateId(template.id) && (
          <label class="field">
            <span>{t('write.language')}</span>
            <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label class="field">
        <span>{t('write.subject')}</span>
        <input
          value={draft.subject}
          dir="auto"
          onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('write.body')}</span>
        <textarea
          rows={6}
          value={draft.body}
          dir="auto"
          onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
        />
      </label>
      {href && (
        <a
          class="button primary"
          href={href}
          {...(account === null ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
        >
          {account === null ? t('write.openMailApp') : t('write.openGmail')}
        </a>
      )}
      {account === null && <p class="muted">{t('write.noGmailTab')}</p>}
    </form>
  );
}
