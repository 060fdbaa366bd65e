import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { DetectionSchema, type Detection } from '../domain/contact';
import { detectionKey } from '../tabs/detections-store';

/** The tab the panel shows: `?tabId=N` when given, else the active tab of this window (followed). */
export function useTabId(search: string): number | null {
  const fixed = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixed) ? fixed : null);
  useEffect(() => {
    if (Number.isInteger(fixed)) return;
    const refresh = () =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    return () => browser.tabs.onActivated.removeListener(refresh);
  }, [fixed]);
  return tabId;
}

/** The tab's detection from storage.session, live; parsed, since a content script produced it. */
export function useTabDetection(tabId: number | null): Detection | null {
  const [detection, setDetection] = useState<Detection | null>(null);
  useEffect(() => {
    if (tabId === null) return setDetection(null);
    const key = detectionKey(tabId);
    const apply = (value: unknown) => {
      const parsed = DetectionSchema.safeParse(value);
      setDetection(parsed.success ? parsed.data : null);
    };
    void browser.storage.session.get(key).then((got) => apply(got[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) apply(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return detection;
}
