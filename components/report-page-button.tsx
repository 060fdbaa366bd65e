import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { cleanSnapshotHtml, downloadHtml, reportFileName } from '@/lib/panel/report-download';

import type { PageSnapshot } from '@/lib/panel/page-snapshot';

export type { PageSnapshot };

export interface ReportPageButtonProps {
  /** A redacted DOM snapshot of the tab (lib/panel/page-snapshot.ts). */
  getSnapshot: () => Promise<PageSnapshot>;
  /** Saves the file (a temporary <a download> by default); injectable for tests. */
  save?: (html: string, fileName: string) => void;
}

/** "Report this page": download a redacted snapshot to attach to a bug report about detection. */
export function ReportPageButton({ getSnapshot, save = downloadHtml }: ReportPageButtonProps) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'working' | 'saved' | 'failed'>('idle');
  const report = async () => {
    setState('working');
    try {
      const snapshot = await getSnapshot();
      save(cleanSnapshotHtml(snapshot.html), reportFileName(snapshot.pageKind, Date.now()));
      setState('saved');
    } catch {
      // The tab may have navigated away, have no content script (a page we do not read), or sent too much.
      setState('failed');
    }
  };
  return (
    <div class="row">
      <button type="button" disabled={state === 'working'} onClick={() => void report()}>
        {t('report.button')}
      </button>
      {state === 'saved' && (
        <span class="ok" role="status">
          {t('report.saved')}
        </span>
      )}
      {state === 'failed' && (
        <span class="error" role="alert">
          {t('report.failed')}
        </span>
      )}
    </div>
  );
}
