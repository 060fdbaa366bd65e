import type { Detection } from '@/lib/domain/contact';
import type { DealRow, PersonRow } from '@/lib/db/rows';
import { useDb } from '@/lib/panel/db-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { contactStatusOf } from '@/lib/panel/status-label';
import type { PageCapture } from '@/lib/panel/use-capture';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useStageNames } from '@/lib/panel/use-stage-names';
import { OnThisPage } from './on-this-page';
import { PipelineList } from './pipeline-list';
import type { PageSnapshot } from './report-page-button';

export interface PageViewProps {
  tabId: number | null;
  detection: Detection | null;
  capture: PageCapture;
  onOpen: (personId: string) => void;
  getSnapshot: () => Promise<PageSnapshot>;
}

/** The default view: who is on the page, then everyone in the pipeline. */
export function PageView({ tabId, detection, capture, onOpen, getSnapshot }: PageViewProps) {
  const db = useDb();
  const { t } = useI18n();
  const { nameOf } = useStageNames();
  const prospects = useLiveQuery(() => db.prospects.orderBy('createdAt').reverse().toArray(), [db], [] as PersonRow[]);
  const openDeals = useLiveQuery(() => db.deals.where('status').equals('open').toArray(), [db], [] as DealRow[]);
  return (
    <>
      <OnThisPage
        tabId={tabId}
        detection={detection}
        onOpen={onOpen}
        getSnapshot={getSnapshot}
        statusOf={(c) => contactStatusOf(c, prospects, openDeals, (d) => nameOf(d.pipelineId, d.stageId), t)}
        onCapture={capture.capture}
        onManualCapture={capture.captureManual}
      />
      <PipelineList prospects={prospects} onOpen={onOpen} />
    </>
  );
}
