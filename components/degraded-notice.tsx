import { useState } from 'preact/hooks';
import type { Detection, DetectedContact } from '@/lib/domain/contact';
import { useI18n } from '@/lib/panel/i18n-context';
import { ManualCaptureForm } from './manual-capture-form';
import { ReportPageButton, type PageSnapshot } from './report-page-button';

export interface DegradedNoticeProps {
  detection: Detection;
  onManualCapture: (contact: DetectedContact) => Promise<string | null>;
  getSnapshot: () => Promise<PageSnapshot>;
}

/** The page changed under our extractors: say so, offer capture by hand and a page report. */
export function DegradedNotice({ detection, onManualCapture, getSnapshot }: DegradedNoticeProps) {
  const { t } = useI18n();
  const [manual, setManual] = useState(false);
  const site = detection.pageKind.startsWith('gmail') ? 'gmail' : 'linkedin';
  return (
    <div class="notice" role="note">
      <p>{t('page.degraded')}</p>
      <div class="row">
        <button type="button" aria-expanded={manual} onClick={() => setManual(!manual)}>
          {t('manual.open')}
        </button>
        <ReportPageButton getSnapshot={getSnapshot} />
      </div>
      {manual && <ManualCaptureForm found={detection.contacts[0] ?? null} site={site} onSubmit={onManualCapture} />}
    </div>
  );
}
