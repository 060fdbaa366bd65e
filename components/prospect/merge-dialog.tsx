import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonRow } from '@/lib/db/rows';
import { planMerge, type MergeField, type MergeSide } from '@/lib/domain/person-merge';
import { BANT_CRITERIA, type Qualification } from '@/lib/domain/qualification';
import type { Translate } from '@/lib/i18n/translate';
import { useI18n } from '@/lib/panel/i18n-context';
import { useSend } from '@/lib/panel/send-context';
import { useAction } from '@/lib/panel/use-action';
import { useToast } from '@/lib/panel/toasts';

export interface MergeDialogProps {
  survivor: PersonRow;
  absorbed: PersonRow;
  onClose: () => void;
}

/** Each side's qualification in one line ("Budget: Yes · Authority: No · … · SQL"), so the two differ. */
function showQualification(q: Qualification, t: Translate): string {
  const answers = BANT_CRITERIA.map((k) => `${t(`bant.${k}`)}: ${t(`bant.answer.${q[k].answer}`)}`);
  return [...answers, ...(q.status === 'none' ? [] : [t(`qualification.mark.${q.status}`)])].join(' · ');
}

function show(field: MergeField, value: unknown, t: Translate): string {
  if (field === 'qualification') return showQualification(value as Qualification, t);
  if (field === 'lifecycle') return t(`lifecycle_${String(value)}`);
  if (field === 'leadSource') return t(`leadSource.${String(value)}`);
  return String(value ?? '');
}

/** Merge two records of one person: the user picks each conflicting field; Undo stays on the timeline. */
export function MergeDialog({ survivor, absorbed, onClose }: MergeDialogProps) {
  const { t } = useI18n();
  const send = useSend();
  const action = useAction();
  const toast = useToast();
  const plan = planMerge(survivor, absorbed);
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeSide>>>(() =>
    Object.fromEntries(plan.conflicts.map((c) => [c.field, c.chosen])),
  );
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const merge = async () => {
    const reply = send('mergePersons', {
      survivorId: survivor.id,
      absorbedId: absorbed.id,
      choices: choices as Record<string, MergeSide>,
    });
    if (!(await action.run(reply))) return;
    // A merge carries its own undo (the timeline's "Undo merge"); the toast offers it for 10 seconds.
    const done = await reply;
    if (done.ok) {
      const { mergeActivityId } = done.value;
      toast({
        message: t('toast.merged', { absorbed: absorbed.displayName, survivor: survivor.displayName }),
        undo: async () => (await send('undoMerge', { mergeActivityId })).ok,
      });
    }
    onClose();
  };
  return (
    <div class="inset" role="dialog" aria-labelledby="merge-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h4 id="merge-title">{t('merge.title', { name: absorbed.displayName })}</h4>
      {plan.conflicts.length === 0 && <p class="muted">{t('merge.noConflicts')}</p>}
      {plan.conflicts.map((c) => (
        <fieldset key={c.field}>
          <legend>{t(`person.${c.field}`)}</legend>
          {(['a', 'b'] as const).map((side) => (
            <label key={side} class="choice">
              <input
                type="radio"
                name={`merge-${c.field}`}
                checked={choices[c.field] === side}
                onChange={() => setChoices({ ...choices, [c.field]: side })}
              />
              <span dir="auto">{show(c.field, side === 'a' ? c.a : c.b, t)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p class="muted">{t('merge.explain')}</p>
      {action.error && (
        <p class="error" role="alert">
          {t(action.error)}
        </p>
      )}
      <div class="row">
        <button ref={first} type="button" class="primary" disabled={action.busy} onClick={() => void merge()}>
          {t('merge.confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}
