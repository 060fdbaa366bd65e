import { useState } from 'preact/hooks';
import type { Detection } from '@/lib/domain/contact';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { identityKeysOf, loadKnownOnPage, loadPipelinePage, type KnownOnPage } from '@/lib/panel/page-data';
import { contactStatusOf } from '@/lib/panel/status-label';
import type { PageCapture } from '@/lib/panel/use-capture';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { OnThisPage } from './on-this-page';
import { PipelineList, PIPELINE_PAGE } from './pipeline-list';
import type { PageSnapshot } from './report-page-button';

export interface PageViewProps {
  tabId: number | null;
  detection: Detection | null;
  capture: PageCapture;
  addAllSignal?: number;
  onOpen: (personId: string) => void;
  getSnapshot: () => Promise<PageSnapshot>;
}

const NOBODY: KnownOnPage = { people: [], deals: [] };

/**
 * The default view: who is on the page, then everyone in the pipeline. Each reads only what it shows
 * (lib/panel/page-data.ts): the page's people by their identity keys, and the pipeline a page at a time.
 */
export function PageView({ tabId, detection, capture, addAllSignal, onOpen, getSnapshot }: PageViewProps) {
  const db = useDb();
  const { t } = useI18n();
  const { nameOf } = useStageNames();
  const [limit, setLimit] = useState(PIPELINE_PAGE);
  const contacts = detection?.contacts ?? [];
  const known = useLiveQuery(() => loadKnownOnPage(db, contacts), [db, identityKeysOf(contacts)], NOBODY);
  const page = useLiveQuery(() => loadPipelinePage(db, limit), [db, limit], { people: [], total: 0 });
  return (
    <>
      <OnThisPage
        tabId={tabId}
        detection={detection}
        onOpen={onOpen}
        getSnapshot={getSnapshot}
        statusOf={(c) => contactStatusOf(c, known.people, known.deals, nameOf, t)}
        onCapture={capture.capture}
        onManualCapture={capture.captureManual}
        {...(addAllSignal === undefined ? {} : { addAllSignal })}
      />
      <PipelineList
        prospects={page.people}
        total={page.total}
        onShowMore={() => setLimit(limit + PIPELINE_PAGE)}
        onOpen={onOpen}
      />
    </>
  );
}
