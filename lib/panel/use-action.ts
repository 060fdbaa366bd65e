import { useState } from 'preact/hooks';
import { errorOf, type Reply } from './message-error';

export interface Action {
  busy: boolean;
  /** Catalogue key of the last failure (`error.<code>`), or null. */
  error: string | null;
  /** Await a message reply; true when it succeeded. A rejected send (worker restarting) is a failure too. */
  run: (reply: Promise<Reply>) => Promise<boolean>;
  clear: () => void;
}

/** Track one write's progress and its error for inline display. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    clear: () => setError(null),
    run: async (reply) => {
      setBusy(true);
      try {
        const code = await errorOf(reply);
        setError(code === null ? null : `error.${code}`);
        return code === null;
      } finally {
        setBusy(false);
      }
    },
  };
}
