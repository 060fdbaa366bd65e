import { datedFileName, downloadFile } from './download-file';

/** The file a "Report this page" snapshot is saved as: sidecar-report-<pageKind>-<YYYY-MM-DD>.html. */
export function reportFileName(pageKind: string, now: number): string {
  const kind = pageKind.replace(/[^a-z0-9-]/gi, '') || 'page';
  return datedFileName(`report-${kind}`, 'html', now);
}

/** Save a snapshot's HTML as a file. */
export function downloadHtml(html: string, fileName: string): void {
  downloadFile(html, fileName, 'text/html');
}
