import { compareByDue, effectiveDueAt, type FollowUp, type FollowUpKind } from '../domain/follow-up';

// RFC 5545 serializer for follow-ups, hand-written because we only emit a fixed, small subset.
// Re-import must update rather than duplicate, so UID is derived from the follow-up id, and
// SEQUENCE / LAST-MODIFIED grow with updatedAt. https://www.rfc-editor.org/rfc/rfc5545

export type IcsExportOptions = {
  now: number;
  calendarName: string;
  /** e.g. '-//Sidecar//Follow-ups 0.1//EN'. */
  productId: string;
  /** Event length; follow-ups are points in time, 15 minutes shows them in every calendar view. */
  durationMinutes?: number;
  /** Message lookup for kind labels ('followUp.kind.<kind>') and generated notes (noteKey). */
  translate?: (key: string) => string;
};

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

const ENGLISH_KINDS: Record<FollowUpKind, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  'linkedin-message': 'LinkedIn message',
  task: 'Task',
};

/** Escape a TEXT value (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line at 75 octets (§3.1). The split happens between code points, never inside a
 * UTF-8 sequence; each continuation starts with a space, which counts toward its 75.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const bytes = utf8Length(char);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join(CRLF + ' ');
}

/** An instant as a UTC DATE-TIME, e.g. 20260329T070000Z (seconds precision). */
export function formatIcsUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The stable UID of a follow-up's event: the same on every export. */
export function icsUidFor(followUpId: string): string {
  return `${followUpId}@sidecar.invalid`;
}

function describeFollowUp(f: FollowUp, translate: ((key: string) => string) | undefined): string {
  if (f.note.trim() !== '') return f.note;
  return f.noteKey !== null && translate !== undefined ? translate(f.noteKey) : '';
}

function buildSummary(f: FollowUp, displayName: string | undefined, opts: IcsExportOptions): string {
  const kind = opts.translate?.(`followUp.kind.${f.kind}`) ?? ENGLISH_KINDS[f.kind];
  return displayName === undefined || displayName.trim() === '' ? kind : `${kind}: ${displayName}`;
}

function buildEvent(f: FollowUp, displayName: string | undefined, opts: IcsExportOptions): string[] {
  const start = effectiveDueAt(f);
  const description = describeFollowUp(f, opts.translate);
  // SEQUENCE must only grow: seconds since creation does, without a separate revision counter.
  const sequence = Math.max(0, Math.floor((f.updatedAt - f.createdAt) / 1000));
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(icsUidFor(f.id))}`,
    `DTSTAMP:${formatIcsUtc(opts.now)}`,
    `CREATED:${formatIcsUtc(f.createdAt)}`,
    `LAST-MODIFIED:${formatIcsUtc(f.updatedAt)}`,
    `SEQUENCE:${sequence}`,
    `DTSTART:${formatIcsUtc(start)}`,
    `DTEND:${formatIcsUtc(start + (opts.durationMinutes ?? 15) * 60_000)}`,
    `SUMMARY:${escapeIcsText(buildSummary(f, displayName, opts))}`,
    ...(description === '' ? [] : [`DESCRIPTION:${escapeIcsText(description)}`]),
    // VEVENT has no COMPLETED status; a done follow-up still happened, a cancelled one did not.
    `STATUS:${f.cancelReason === null ? 'CONFIRMED' : 'CANCELLED'}`,
    'END:VEVENT',
  ];
}

/** Serialise follow-ups as an RFC 5545 calendar (CRLF, folded), one VEVENT each, earliest first. */
export function exportFollowUpsToIcs(
  followUps: readonly FollowUp[],
  people: ReadonlyMap<string, { displayName: string }>,
  opts: IcsExportOptions,
): string {
  const sorted = [...followUps].sort(compareByDue);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(opts.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(opts.calendarName)}`,
    ...sorted.flatMap((f) => buildEvent(f, people.get(f.personId)?.displayName, opts)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
