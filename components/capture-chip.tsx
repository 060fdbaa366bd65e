import type { ContactStatus } from '@/lib/messaging/protocol';

export type ChipState = 'loading' | 'idle' | 'capturing' | 'failed';

export interface CaptureChipProps {
  /** Shown beside the button when one strip holds several people (Gmail). */
  label: string | null;
  status: ContactStatus | undefined;
  state: ChipState;
  t: (key: string, params?: Record<string, string>) => string;
  onCapture: (event: MouseEvent) => void;
}

/**
 * The overlay's one control: "Add to pipeline" for a new person, their status for a known one.
 * Everything is rendered as text nodes (Preact escapes), so markup in a name stays plain text.
 */
export function CaptureChip({ label, status, state, t, onCapture }: CaptureChipProps) {
  const statusText = status?.known ? statusLabel(status, t) : null;
  return (
    <span class="chip" data-state={state}>
      {label && <span class="who">{label}</span>}
      {state === 'loading' && <span class="status" role="status">{t('loading')}</span>}
      {state !== 'loading' && statusText && (
        <span class="status known" role="status" title={t('inPipelineAs', { status: statusText })}>{statusText}</span>
      )}
      {state !== 'loading' && !statusText && (
        <button type="button" class="add" disabled={state === 'capturing'} onClick={onCapture}>
          {state === 'capturing' ? t('adding') : t('addToPipeline')}
        </button>
      )}
      {state === 'failed' && <span class="error" role="alert">{t('captureFailed')}</span>}
    </span>
  );
}

function statusLabel(status: Extract<ContactStatus, { known: true }>, t: CaptureChipProps['t']): string {
  if (status.stage) return status.stage.name ?? t(status.stage.nameKey ?? 'lifecycle_lead');
  return t(`lifecycle_${status.lifecycle}`);
}
