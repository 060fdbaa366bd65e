import type { StatusText } from '@/lib/panel/person-status-text';

/** A person's one status, with what it means on hover (the `?` sheet lists every explanation). */
export function StatusBadge({ text }: { text: StatusText | undefined }) {
  if (!text) return null;
  return (
    <span class="status" title={text.explanation}>
      {text.label}
    </span>
  );
}
