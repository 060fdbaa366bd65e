import { useState } from 'preact/hooks';
import { LANGUAGES, type LanguageSetting } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { ExportCalendarButton } from './export-calendar-button';

export interface SettingsMenuProps {
  language: LanguageSetting;
  onLanguage: (language: LanguageSetting) => void;
  onShortcuts: () => void;
  /** Open the options page (runtime.openOptionsPage in the extension). */
  onOpenOptions: () => void;
}

/** The panel's settings menu: language (browser's by default), shortcuts, calendar export, the options page. */
export function SettingsMenu({ language, onLanguage, onShortcuts, onOpenOptions }: SettingsMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div
      class="settings-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        class="icon-button"
        aria-expanded={open}
        aria-controls="settings-menu"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        onClick={() => setOpen(!open)}
      >
        ⚙
      </button>
      {open && (
        <div id="settings-menu" class="settings-popover" role="group" aria-label={t('settings.title')}>
          <label class="field">
            <span>{t('settings.language')}</span>
            <select value={language} onChange={(e) => onLanguage(e.currentTarget.value as LanguageSetting)}>
              <option value="auto">{t('language.auto')}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              onShortcuts();
            }}
          >
            {t('shortcuts.title')}
          </button>
          <ExportCalendarButton />
          <a
            href="/options.html"
            class="settings-link"
            onClick={(e) => {
              e.preventDefault();
              setOpen(false);
              onOpenOptions();
            }}
          >
            {t('settings.optionsPage')}
          </a>
        </div>
      )}
    </div>
  );
}
