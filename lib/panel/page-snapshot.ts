import { browser } from '#imports';
import { sendToTab } from '../messaging/transport/tab-channel';

export interface PageSnapshot {
  html: string;
  url: string;
  pageKind: string;
}

/** The "Report this page" part (entrypoints/page-report.content.ts), injected only when asked for. */
export const PAGE_REPORT_SCRIPT = 'content-scripts/page-report.js';

type Inject = (tabId: number) => Promise<unknown>;

const injectReport: Inject = async (tabId) => {
  // The file is a build output, not a public/ asset: WXT's typed paths cannot name it.
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [PAGE_REPORT_SCRIPT as never],
  });
  return first?.result;
};

/**
 * A tab's redacted DOM, bare URL and page kind. The content script already in the tab says what page it
 * is; the redacting walk is injected for this one report, so page loads never compile it. What comes back
 * is checked for shape here and redacted again before it is saved (lib/panel/report-download.ts).
 */
export async function takePageSnapshot(tabId: number, inject: Inject = injectReport): Promise<PageSnapshot> {
  const [page, report] = await Promise.all([sendToTab(tabId, 'describePage', {}), inject(tabId)]);
  const html = (report as { html?: unknown } | null | undefined)?.html;
  if (typeof html !== 'string') throw new Error('no-snapshot');
  return { html, url: page.url, pageKind: page.pageKind };
}
