import type { FollowUpPreset } from '../../domain/follow-up-presets';
import type { ContactStatus } from '../../messaging/protocol';
import type { PartUi } from './placement';
import type { OverlayTranslate } from './translate';

export type ChipState = 'loading' | 'idle' | 'capturing' | 'failed' | 'scheduling' | 'scheduleFailed';

export interface ChipProps {
  /** Shown beside the button when the overlay is not next to the name already (Gmail). */
  label: string | null;
  /** A list row: the mark is the whole chip, what it means is its accessible name (compact.ts). */
  compact?: boolean;
  /** Undefined until the worker has said who this is. */
  status: ContactStatus | undefined;
  state: ChipState;
  t: OverlayTranslate;
  /** Epoch ms → short date and time in the page's language. */
  formatDate: (at: number) => string;
  ui: PartUi;
  /** The user pressed "Add to pipeline" (trusted, on a visible overlay). */
  onCapture(): void;
  onSchedule(preset: FollowUpPreset): void;
}
