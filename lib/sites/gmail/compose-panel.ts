import type { ContactStatus } from '../../messaging/protocol';
import { statusLabel } from '../overlay/chip';
import type { OverlayTranslate } from '../overlay/translate';

/** The compose overlay: "Follow up if no reply" + days, and the statuses of known recipients. */
export interface ComposePanel {
  element: HTMLElement;
  enabled(): boolean;
  days(): number;
  showStatuses(people: { label: string; status: ContactStatus | undefined }[]): void;
}

export const DEFAULT_DAYS = 3;

/** Build the panel once per compose window; it keeps its inputs across batches (no redraw). */
export function createComposePanel(t: OverlayTranslate): ComposePanel {
  const element = document.createElement('div');
  element.className = 'compose';
  const box = document.createElement('input');
  box.type = 'checkbox';
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
  known.className = 'known';
  element.append(boxLabel, daysLabel, known);

  return {
    element,
    enabled: () => box.checked,
    days: () => {
      const n = Math.round(Number(days.value));
      return Number.isFinite(n) ? Math.min(60, Math.max(1, n)) : DEFAULT_DAYS;
    },
    showStatuses(people) {
      known.replaceChildren(
        ...people.flatMap(({ label, status }) => {
          if (!status?.known) return [];
          const item = document.createElement('span');
          item.className = 'status';
          item.setAttribute('role', 'status');
          item.textContent = `${label}: ${statusLabel(status, t)}`;
          return [item];
        }),
      );
    },
  };
}
