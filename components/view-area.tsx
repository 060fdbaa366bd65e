import type { Detection } from '@/lib/domain/contact';
import type { PanelRoute } from '@/lib/panel/panel-route';
import type { PageCapture } from '@/lib/panel/use-capture';
import type { ProspectCommand } from '@/lib/panel/use-panel-shortcuts';
import { PipelineView } from './board/pipeline-view';
import { TodayView } from './today/today-view';
import { InsightsView } from './insights/insights-view';
import { PageView } from './page-view';
import { ProspectView } from './prospect/prospect-view';
import { SearchResults } from './search-results';
import type { PageSnapshot } from './report-page-button';

export interface ViewAreaProps {
  route: PanelRoute;
  query: string;
  tabId: number | null;
  detection: Detection | null;
  capture: PageCapture;
  command: ProspectCommand | null;
  addAllSignal: number;
  onOpen: (personId: string) => void;
  onBack: () => void;
  getSnapshot: () => Promise<PageSnapshot>;
}

/** What shows under the tabs: search results while typing, else the open prospect, else the tab's view. */
export function ViewArea(p: ViewAreaProps) {
  if (p.query.trim()) return <SearchResults query={p.query} onOpen={p.onOpen} />;
  if (p.route.prospectId) {
    return <ProspectView personId={p.route.prospectId} command={p.command} onBack={p.onBack} onOpenPerson={p.onOpen} />;
  }
  switch (p.route.view) {
    case 'page':
      return (
        <PageView
          tabId={p.tabId}
          detection={p.detection}
          capture={p.capture}
          addAllSignal={p.addAllSignal}
          onOpen={p.onOpen}
          getSnapshot={p.getSnapshot}
        />
      );
    case 'pipeline':
      return <PipelineView onOpenPerson={p.onOpen} />;
    case 'today':
      return <TodayView onOpenPerson={p.onOpen} />;
    case 'insights':
      return <InsightsView />;
  }
}
