// How the page's own scripts can pick out Sidecar's hosts: by their inline style, which a page can read
// (docs/ARCHITECTURE.md, "What a page can learn"; lib/sites/overlay/host.ts writes it). One place for the
// end-to-end tests and the bench that look from the page's side.
export const HOST_SELECTOR = 'span[style*="contain: size style"]';
