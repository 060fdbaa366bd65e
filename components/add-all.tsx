import { useEffect, useState } from 'preact/hooks';
import type { DetectedContact } from '@/lib/domain/contact';
import { useI18n } from '@/lib/panel/i18n-context';
import { useToast } from '@/lib/panel/toasts';
import { ModalDialog } from './board/modal-dialog';
import './board/controls.css';
import './add-all.css';

export interface AddAllProps {
  /** The page's people not yet in the pipeline (automated senders left out). */
  contacts: readonly DetectedContact[];
  /** Capture one; false when it failed (the same path as each card's "Add to pipeline"). */
  onCapture: (contact: DetectedContact) => Promise<boolean>;
  /** Changes when the palette asks to add everyone: the confirmation opens. */
  openSignal?: number;
}

const nameOf = (c: DetectedContact) => c.name ?? c.emails[0] ?? c.linkedinUrl ?? '';

/**
 * "Add all (N)" on a page with several new people (a LinkedIn search, a company's people, a Gmail
 * thread): a confirmation that lists who will be added, then each is captured as by its own button
 * and lands on the board; a toast says how it went.
 */
export function AddAll({ contacts, onCapture, openSignal = 0 }: AddAllProps) {
  const { t } = useI18n();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const [adding, setAdding] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (openSignal > 0) setAsking(true);
  }, [openSignal]);
  const addAll = async () => {
    const chosen = [...contacts];
    setAsking(false);
    let added = 0;
    for (const [i, c] of chosen.entries()) {
      setAdding({ done: i, total: chosen.length });
      if (await onCapture(c)) added += 1;
    }
    setAdding(null);
    toast({
      message:
        added === chosen.length
          ? t('addAll.added', { count: added })
          : t('addAll.partly', { count: added, total: chosen.length }),
    });
  };
  if (contacts.length < 2 && !adding) return null;
  return (
    <>
      <button type="button" class="primary add-all" disabled={adding !== null} onClick={() => setAsking(true)}>
        {adding
          ? t('addAll.adding', { done: adding.done, total: adding.total })
          : t('addAll', { count: contacts.length })}
      </button>
      {asking && (
        <ModalDialog title={t('addAll.question', { count: contacts.length })} onCancel={() => setAsking(false)}>
          <ul class="add-all-names" aria-label={t('addAll.who')}>
            {contacts.map((c) => (
              <li key={c.key} dir="auto">
                {nameOf(c)}
              </li>
            ))}
          </ul>
          <div class="sc-actions">
            <button type="button" onClick={() => setAsking(false)}>
              {t('action.cancel')}
            </button>
            <button type="button" class="primary" onClick={() => void addAll()}>
              {t('addAll.confirm', { count: contacts.length })}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
