import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

/**
 * "Delete all data" with a typed confirmation in the user's language (the protocol's own literal is
 * sent once they typed it), asking whether to keep the list of forgotten people (kept by default:
 * otherwise they could come back with the next capture).
 */
export function DeleteAllData() {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [keep, setKeep] = useState(true);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState(false);
  const phrase = t('options.deleteAll.phrase');
  const matches = typed.trim().toLocaleLowerCase() === phrase.toLocaleLowerCase();
  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (!matches) return;
    const ok = await action.run(send('deleteAllData', { confirm: 'delete everything', keepSuppressions: keep }));
    if (ok) {
      setDone(true);
      setOpen(false);
      setTyped('');
    }
  };
  if (!open)
    return (
      <div>
        <button
          type="button"
          class="danger-button"
          onClick={() => {
            setOpen(true);
            setDone(false);
          }}
        >
          {t('options.deleteAll.button')}
        </button>
        {done && <p role="status">{t('options.deleteAll.done')}</p>}
      </div>
    );
  return (
    <form class="danger" onSubmit={(e) => void submit(e)} noValidate>
      <p>{t('options.deleteAll.warning')}</p>
      <label>
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
        {t('options.deleteAll.keepSuppressions')}
      </label>
      <label>
        {t('options.deleteAll.typeToConfirm', { phrase })}
        <input
          type="text"
          value={typed}
          aria-invalid={tried && !matches}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
      </label>
      {tried && !matches && (
        <p class="error" role="alert">
          {t('options.deleteAll.mismatch', { phrase })}
        </p>
      )}
      <div class="row">
        <button type="submit" class="danger-button" disabled={action.busy}>
          {t('options.deleteAll.confirm')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
    </form>
  );
}
