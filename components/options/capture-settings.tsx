import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain/settings';
import { sendMessage } from '@/lib/messaging/client';
import { useI18n } from '@/lib/panel/i18n-context';
import { usePipelines } from '@/lib/panel/use-pipelines';

/**
 * What "Add to pipeline" does: a deal on the board (the default) or a contact only, and which pipeline
 * new people go to when there are several (lib/domain/capture-deal.ts), and whether Log email asks
 * before it adds a thread's new participants (the overlay's answer is remembered here; issue 19).
 */
export function CaptureSettings({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const pipelines = usePipelines() ?? [];
  const [error, setError] = useState(false);
  const capture = { deals: settings.capture?.deals ?? true, pipelineId: settings.capture?.pipelineId ?? null };
  const send = async (patch: Partial<Settings>) => {
    const reply = await sendMessage('updateSettings', { patch }).catch(() => null);
    setError(!reply?.ok);
  };
  const save = (patch: Partial<typeof capture>) => send({ capture: { ...capture, ...patch } });
  return (
    <section aria-labelledby="capture-settings">
      <h2 id="capture-settings">{t('options.capture.title')}</h2>
      <label>
        <input
          type="checkbox"
          checked={capture.deals}
          onChange={(e) => void save({ deals: e.currentTarget.checked })}
        />
        {t('options.capture.deals')}
      </label>
      {capture.deals && pipelines.length > 1 && (
        <fieldset>
          <label>
            {t('options.capture.pipeline')}
            <select
              value={capture.pipelineId ?? pipelines[0]?.id}
              onChange={(e) => void save({ pipelineId: e.currentTarget.value })}
            >
              {pipelines.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name ?? t(p.nameKey ?? '')}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      <label>
        {t('options.logEmailUnknown.label')}
        <select
          value={settings.logEmailUnknown ?? 'ask'}
          onChange={(e) => void send({ logEmailUnknown: e.currentTarget.value as 'ask' | 'add' | 'skip' })}
        >
          {(['ask', 'add', 'skip'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`options.logEmailUnknown.${v}`)}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" class="error">
          {t('options.footprint.failed')}
        </p>
      )}
    </section>
  );
}
