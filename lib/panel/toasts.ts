import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';

/** How long an action can be undone (issue 19): the toast stays, and Ctrl/Cmd+Z works, this long. */
export const UNDO_MS = 10_000;

export interface ToastRequest {
  /** What happened, naming the person: "Moved Rebecca Thornton to Qualification". */
  message: string;
  /** Put things back; resolves to false when the worker refused. Absent: nothing to undo. */
  undo?: () => Promise<boolean>;
}

export interface Toast extends ToastRequest {
  id: number;
}

export interface ToastState {
  current: Toast | null;
  show(toast: ToastRequest): void;
  dismiss(): void;
  /** Undo the current toast's action, if it has one; true when it was undone. */
  undo(): Promise<boolean>;
}

/** One toast at a time: a new action replaces the last one (and ends its chance to be undone). */
export function useToastState(undoneText: () => string, failedText: () => string): ToastState {
  const [current, setCurrent] = useState<Toast | null>(null);
  const seq = useRef(0);
  const latest = useRef<Toast | null>(null);
  latest.current = current;
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setCurrent((t) => (t?.id === current.id ? null : t)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [current]);
  const show = useCallback((toast: ToastRequest) => setCurrent({ ...toast, id: ++seq.current }), []);
  const dismiss = useCallback(() => setCurrent(null), []);
  const undo = useCallback(async () => {
    const toast = latest.current;
    if (!toast?.undo) return false;
    setCurrent(null);
    const ok = await toast.undo().catch(() => false);
    setCurrent({ id: ++seq.current, message: ok ? undoneText() : failedText() });
    return ok;
  }, [undoneText, failedText]);
  return { current, show, dismiss, undo };
}

/** Show a toast from any view (the panel provides it; tests and pages without one get a no-op). */
export const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined);

export const useToast = (): ((toast: ToastRequest) => void) => useContext(ToastContext);
