import { useState } from 'preact/hooks';
import type { NeverLog } from '@/lib/domain/settings';
import { useSend } from '@/lib/panel/send-context';
import { useI18n } from '@/lib/panel/i18n-context';
import { parseNeverLogEntry } from '@/lib/panel/never-log-entry';

/**
 * The Never-log list: addresses (exact, or a pattern such as `noreply*@*`) and whole domains that are
 * kept out of detection and logging. Each change is saved at once through updateSettings.
 */
export function NeverLogEditor({ neverLog }: { neverLog: NeverLog }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sendMessage = useSend();
  const save = async (next: NeverLog) => {
    const reply = await sendMessage('updateSettings', { patch: { neverLog: next } }).catch(() => null);
    setError(reply?.ok ? null : 'options.neverLog.saveFailed');
    return Boolean(reply?.ok);
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const entry = parseNeverLogEntry(draft);
    if (!entry) return setError('options.neverLog.invalid');
    const list = entry.kind === 'domain' ? neverLog.domains : neverLog.addresses;
    if (!list.includes(entry.value)) {
      const next =
        entry.kind === 'domain'
          ? { ...neverLog, domains: [...neverLog.domains, entry.value] }
          : { ...neverLog, addresses: [...neverLog.addresses, entry.value] };
      if (!(await save(next))) return undefined;
    }
    setDraft('');
    return undefined;
  };
  const remove = (kind: 'addresses' | 'domains', value: string) =>
    void save({ ...neverLog, [kind]: neverLog[kind].filter((v) => v !== value) });
  return (
    <section aria-labelledby="never-log">
      <h2 id="never-log">{t('options.neverLog.title')}</h2>
      <p class="muted">{t('options.neverLog.help')}</p>
      <form onSubmit={add}>
        <label>
          {t('options.neverLog.add')}
          <input
            type="text"
            value={draft}
            placeholder="name@example.com, example.com, noreply*@*"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" class="primary">
          {t('options.neverLog.addButton')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {t(error)}
        </p>
      )}
      {(['addresses', 'domains'] as const).map((kind) => (
        <div key={kind}>
          <h3>{t(`options.neverLog.${kind}`)}</h3>
          <ul class="chips" aria-label={t(`options.neverLog.${kind}`)}>
            {neverLog[kind].map((v) => (
              <li key={v}>
                <span>{v}</span>
                <button
                  type="button"
                  aria-label={t('options.neverLog.remove', { entry: v })}
                  onClick={() => remove(kind, v)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
