import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';

export type LogKind = 'note' | 'call';
const OUTCOMES = ['connected', 'no-answer', 'voicemail', 'busy'] as const;

export interface LogActivityFormProps {
  kind: LogKind;
  personId: string;
  onDone: () => void;
}

/** Log a note or a call: the text box has focus at once, Ctrl+Enter saves, Escape cancels. */
export function LogActivityForm({ kind, personId, onDone }: LogActivityFormProps) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const [text, setText] = useState('');
  const [direction, setDirection] = useState<'outbound' | 'inbound'>('outbound');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('connected');
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  const submit = async () => {
    if (kind === 'note' && !text.trim()) return;
    const at = Date.now();
    const activity =
      kind === 'note'
        ? { kind, personId, at, text: text.trim() }
        : { kind, personId, at, direction, outcome, durationMinutes: null, note: text.trim() };
    if (await action.run(send('logActivity', { activity }))) onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };
  const title = kind === 'note' ? t('log.note') : t('log.call');
  return (
    <form
      class="form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={onKeyDown}
    >
      {kind === 'call' && (
        <div class="row">
          <label class="field">
            <span>{t('call.direction')}</span>
            <select value={direction} onChange={(e) => setDirection(e.currentTarget.value as 'outbound' | 'inbound')}>
              <option value="outbound">{t('call.outbound')}</option>
              <option value="inbound">{t('call.inbound')}</option>
            </select>
          </label>
          <label class="field">
            <span>{t('call.outcome')}</span>
            <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as (typeof OUTCOMES)[number])}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`call.outcome.${o}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <label class="field">
        <span>{kind === 'note' ? t('log.noteText') : t('log.callNote')}</span>
        <textarea ref={box} rows={3} maxLength={10000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <p class="muted">{t('log.hint')}</p>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" disabled={action.busy}>
          {t('action.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
