import { redactSnapshot } from '../sites/redact-snapshot';
import { datedFileName, downloadFile } from './download-file';

/** More than any real page's DOM (LinkedIn's largest are a few MB): a tab sending more is not believed. */
export const MAX_SNAPSHOT_CHARS = 20_000_000;

/**
 * The snapshot a tab sent, cleaned again before it is saved: the tab's content script redacts it, but a
 * compromised one could send anything. Parsed inert (DOMParser runs no script and loads nothing) and
 * put through the same walk (lib/sites/redact-snapshot.ts), which leaves a clean snapshot as it was.
 */
export function cleanSnapshotHtml(html: string): string {
  if (html.length > MAX_SNAPSHOT_CHARS) throw new RangeError('snapshot-too-large');
  return redactSnapshot(new DOMParser().parseFromString(html, 'text/html'));
}

/** The file a "Report this page" snapshot is saved as: sidecar-report-<pageKind>-<YYYY-MM-DD>.html. */
export function reportFileName(pageKind: string, now: number): string {
  const kind = pageKind.replace(/[^a-z0-9-]/gi, '') || 'page';
  return datedFileName(`report-${kind}`, 'html', now);
}

/** Save a snapshot's HTML as a file. */
export function downloadHtml(html: string, fileName: string): void {
  downloadFile(html, fileName, 'text/html');
}
