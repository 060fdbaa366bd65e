import { useEffect, useRef } from 'preact/hooks';
import { STATUS_KINDS } from '@/lib/domain/person-status';
import { useI18n } from '@/lib/panel/i18n-context';

const SHORTCUTS: readonly [keys: string, labelKey: string][] = [
  ['Ctrl+K', 'shortcuts.palette'],
  ['/', 'shortcuts.search'],
  ['g o', 'shortcuts.goPage'],
  ['g p', 'shortcuts.goPipeline'],
  ['g t', 'shortcuts.goToday'],
  ['g i', 'shortcuts.goInsights'],
  ['j / k', 'shortcuts.move'],
  ['a', 'shortcuts.capture'],
  ['f', 'shortcuts.followUp'],
  ['n', 'shortcuts.note'],
  ['c', 'shortcuts.call'],
  ['Ctrl+Enter', 'shortcuts.submit'],
  ['Ctrl+Z', 'shortcuts.undo'],
  ['?', 'shortcuts.help'],
];

/** The `?` sheet: every keyboard shortcut of the panel, and what each status means. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div class="overlay" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <dl class="shortcuts">
          {SHORTCUTS.map(([keys, label]) => (
            <div key={keys} class="shortcut">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <h3 id="statuses-title">{t('status.title')}</h3>
        <ul class="status-explanations" aria-labelledby="statuses-title">
          {STATUS_KINDS.map((kind) => (
            <li key={kind}>{t(`status.explain.${kind}`, { stage: t('status.aStage') })}</li>
          ))}
        </ul>
        <button ref={close} type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
