import type { ComponentChildren } from 'preact';
import { mailtoHref, safeHref, telHref } from '@/lib/domain/safe-link';

export interface SafeLinkProps {
  /** What the value is: a LinkedIn or Gmail page, an e-mail address or a phone number. */
  kind: 'page' | 'email' | 'phone';
  value: string | null;
  children: ComponentChildren;
}

const HREF = { page: safeHref, email: mailtoHref, phone: telHref } as const;

/**
 * Every link the panel draws from stored data goes through here (issue 16): a page only when it is
 * an http(s) LinkedIn or Gmail one (opened in a new tab), `mailto:` and `tel:` only from a valid
 * address or number. Anything else is drawn as plain text.
 */
export function SafeLink({ kind, value, children }: SafeLinkProps) {
  const href = value === null ? null : HREF[kind](value);
  if (href === null) return <span class="unlinked">{children}</span>;
  if (kind !== 'page') return <a href={href}>{children}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
