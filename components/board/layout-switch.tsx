import { useState } from 'preact/hooks';
import { useI18n } from '@/lib/panel/i18n-context';

export type Layout = 'board' | 'list';
const KEY = 'sidecar:pipelineLayout';

/** Board or list, remembered by this browser (a display choice, not pipeline data). */
export function useLayout(): [Layout, (layout: Layout) => void] {
  const [layout, setLayout] = useState<Layout>(() => (readStored() === 'list' ? 'list' : 'board'));
  return [
    layout,
    (next) => {
      setLayout(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage refused (a private window's quota): the choice lasts this panel only.
      }
    },
  ];
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The Pipeline's two ways to look: the board of one stage's cards, or the list of everyone. */
export function LayoutSwitch({ layout, onChange }: { layout: Layout; onChange(layout: Layout): void }) {
  const { t } = useI18n();
  return (
    <div class="layout-switch" role="group" aria-label={t('layout.label')}>
      {(['board', 'list'] as const).map((l) => (
        <button key={l} type="button" aria-pressed={layout === l} onClick={() => onChange(l)}>
          {t(`layout.${l}`)}
        </button>
      ))}
    </div>
  );
}
