import { useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import type { Settings } from '@/lib/domain/settings';
import { useI18n } from '@/lib/panel/i18n-context';
import { WriteEmail } from './write-email';

export interface TouchWriteProps {
  person: PersonRow;
  settings: Settings;
  templateId: string;
  /** What the touch says ("Introduction email"), for the button's name. */
  what: string;
}

/** "Write" on a cadence's email touch: the email form filled from the touch's template. */
export function TouchWrite({ person, settings, templateId, what }: TouchWriteProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (person.emails.length === 0) return null;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-label={t('write.touchFor', { what, person: person.displayName })}
        onClick={() => setOpen(!open)}
      >
        {t('write.touch')}
      </button>
      {open && <WriteEmail person={person} settings={settings} initialTemplateId={templateId} />}
    </>
  );
}
