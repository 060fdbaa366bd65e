import { useEffect, useRef } from 'preact/hooks';
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
  ['?', 'shortcuts.help'],
];

/** The `?` sheet: every keyboard shortcut of the panel. */
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
        <button ref={close} type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
