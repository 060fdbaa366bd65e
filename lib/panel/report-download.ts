/** The file a "Report this page" snapshot is saved as: sidecar-report-<pageKind>-<YYYY-MM-DD>.html. */
export function reportFileName(pageKind: string, now: number): string {
  const kind = pageKind.replace(/[^a-z0-9-]/gi, '') || 'page';
  return `sidecar-report-${kind}-${new Date(now).toISOString().slice(0, 10)}.html`;
}

/**
 * Offer an HTML text as a download through a temporary <a download>: no `downloads` permission
 * needed, and the object URL is revoked once the click has been dispatched.
 */
export function downloadHtml(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
