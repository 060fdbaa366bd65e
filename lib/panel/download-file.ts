/**
 * Offer text (or its parts) as a file through a temporary <a download>: no `downloads` permission is needed. The
 * object URL is revoked a moment later (revoking at once can cancel the download in Chrome).
 */
export function downloadFile(
  content: string | readonly (string | Uint8Array<ArrayBuffer>)[],
  fileName: string,
  type: string,
): void {
  // Parts become one Blob without first being joined into one (possibly very long) string.
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Today's date for file names: sidecar-<what>-YYYY-MM-DD.<ext>. */
export const datedFileName = (what: string, ext: string, now = Date.now()): string =>
  `sidecar-${what}-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
