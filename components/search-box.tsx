import type { Ref } from 'preact';
import { useI18n } from '@/lib/panel/i18n-context';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

/** The search field at the top of every view; Escape clears it, ArrowDown goes to the first result. */
export function SearchBox({ value, onInput, inputRef }: SearchBoxProps) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onInput('');
    } else if (event.key === 'ArrowDown') {
      const first = document.querySelector<HTMLElement>('#search-results [data-nav-item]');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <input
      ref={inputRef}
      type="search"
      class="search"
      aria-label={t('search')}
      placeholder={t('search.placeholder')}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      autocomplete="off"
      spellcheck={false}
    />
  );
}
