import type { ContactStatus } from '../../messaging/protocol';
import { statusLabel } from '../overlay/chip';
import { createMark } from '../overlay/mark';
import type { PartUi } from '../overlay/placement';
import type { OverlayTranslate } from '../overlay/translate';

/** The compose overlay: "Follow up if no reply" + days, and the statuses of known recipients. */
export interface ComposePanel {
  /** The panel's element, bound to the host that draws it (its user actions go through `ui.act`). */
  bind(ui: PartUi): HTMLElement;
  enabled(): boolean;
  days(): number;
  showStatuses(people: { label: string; status: ContactStatus | undefined }[]): void;
}

export const DEFAULT_DAYS = 3;

/**
 * Build the panel once per compose window; it keeps its inputs across batches (no redraw). The box
 * changes only by the user's own click on a visible overlay: any other toggle is undone, so a page
 * cannot arm "Follow up if no reply" behind the user's back.
 */
export function createComposePanel(t: OverlayTranslate): ComposePanel {
  const element = document.createElement('div');
  element.className = 'compose box';
  const box = document.createElement('input');
  box.type = 'checkbox';
  let ui: PartUi | null = null;
  box.addEventListener('click', (e) => {
    // Undo the browser's toggle now; the user's own click sets it once the host is known visible.
    const wanted = box.checked;
    box.checked = !wanted;
    ui?.act(e, () => (box.checked = wanted));
  });
  const boxLabel = document.createElement('label');
  boxLabel.append(box, document.createTextNode(` ${t('followUpIfNoReply')}`));
  const days = document.createElement('input');
  days.type = 'number';
  days.min = '1';
  days.max = '60';
  days.value = String(DEFAULT_DAYS);
  days.setAttribute('aria-label', t('followUpDays'));
  const daysLabel = document.createElement('label');
  daysLabel.append(days, document.createTextNode(` ${t('daysUnit')}`));
  const known = document.createElement('span');
  known.className = 'note';
  element.append(createMark(), boxLabel, daysLabel, known);

  return {
    bind(next) {
      ui = next;
      return element;
    },
    enabled: () => box.checked,
    days: () => {
      const n = Math.round(Number(days.value));
      return Number.isFinite(n) ? Math.min(60, Math.max(1, n)) : DEFAULT_DAYS;
    },
    showStatuses(people) {
      // One line in the fixed box; every known recipient in its tooltip and accessible name.
      const lines = people.flatMap(({ label, status }) =>
        status?.known ? [`${label}: ${statusLabel(status, t)}`] : [],
      );
      known.textContent = lines.join(' · ');
      known.title = lines.join('\n');
      if (lines.length > 0) known.setAttribute('role', 'status');
      else known.removeAttribute('role');
    },
  };
}
