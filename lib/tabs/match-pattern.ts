/**
 * Whether a URL matches a manifest match pattern (`<scheme>://<host>/<path>`, `*` in the host only as a
 * leading `*.`, anywhere in the path): enough for the content scripts' own `matches` and
 * `exclude_matches`, which tabs.query cannot apply together.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (scheme !== '*' && u.protocol !== `${scheme}:`) return false;
  if (scheme === '*' && u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return hostOk && new RegExp(`^${escaped}$`).test(`${u.pathname}${u.search}`);
}
