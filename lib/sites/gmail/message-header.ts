import { queryAll, queryOne, type Budget } from '../shared/budget';
import { normalizeText } from '../shared/text';
import { readPersonAttrs, type Person, type Role } from './participants';

// Who a Gmail message is from and to. Collapsed messages show only the sender. The one-line
// summary (span.hb) merges To and Cc; only the details table (table.ajC) tells them apart.

const SENDER = 'h3.iw [email], .gD[email]';
const MERGED = 'span.hb [email]';
// Details-table labels ("to:", "cc:") in the interface languages we support.
const LABELS: Record<string, Role> = {
  from: 'from',
  to: 'to',
  cc: 'cc',
  bcc: 'bcc',
  od: 'from',
  do: 'to',
  dw: 'cc',
  udw: 'bcc', // Polish
  от: 'from',
  кому: 'to',
  копия: 'cc',
  'скрытая копия': 'bcc', // Russian
  від: 'from',
  копія: 'cc',
  'прихована копія': 'bcc', // Ukrainian ("кому" shared)
  kimden: 'from',
  alıcı: 'to',
  kime: 'to',
  bilgi: 'cc',
  gizli: 'bcc', // Turkish
  จาก: 'from',
  ถึง: 'to',
  สำเนา: 'cc',
  สำเนาลับ: 'bcc', // Thai
  von: 'from',
  an: 'to',
  de: 'from',
  à: 'to',
  para: 'to', // German, French, Spanish
};

export interface Recipients {
  to: Person[];
  cc: Person[];
  bcc: Person[];
  /** From the one-line summary when no details table exists: To or Cc, unknown which. */
  merged: Person[];
  /** True when the details table was read. */
  fromTable: boolean;
}

/** True when the message element is expanded (body and header shown). */
export function isExpandedMessage(el: Element): boolean {
  if (el.classList.contains('adn')) return true;
  if (el.classList.contains('adf')) return false;
  return el.closest('[role="listitem"]')?.getAttribute('aria-expanded') === 'true';
}

/** The sender of a message, or null. */
export function readSender(message: Element, budget: Budget): Person | null {
  const el = queryOne(message, SENDER, budget);
  return el ? readPersonAttrs(el) : null;
}

function roleOfLabel(cell: Element | null): Role | null {
  const label = normalizeText(cell?.textContent).toLowerCase().replace(/\s*:$/, '');
  return LABELS[label] ?? null;
}

/** To / Cc / Bcc from the details table, else the merged summary line. */
export function readRecipients(message: Element, budget: Budget): Recipients {
  const out: Recipients = { to: [], cc: [], bcc: [], merged: [], fromTable: false };
  const table = queryOne(message, 'table.ajC', budget);
  if (table) {
    out.fromTable = true;
    for (const row of queryAll(table, 'tr', budget, 20)) {
      const role = roleOfLabel(queryOne(row, 'td.gG', budget));
      if (role === null || role === 'from') continue;
      for (const el of queryAll(row, 'td.gL [email]', budget, 100)) {
        const person = readPersonAttrs(el);
        if (person) out[role].push(person);
      }
    }
    return out;
  }
  for (const el of queryAll(message, MERGED, budget, 100)) {
    const person = readPersonAttrs(el);
    if (person) out.merged.push(person);
  }
  return out;
}
