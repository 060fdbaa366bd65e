import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/lib/db/schema';
import { sendMessage } from '@/lib/messaging/client';
import { I18nContext, type I18n } from '@/lib/panel/i18n-context';
import { useLiveQuery } from '@/lib/panel/use-live-query';
import { useTabDetection, useTabId } from '@/lib/panel/use-tab-detection';
import { FALLBACK, loadCatalogue, pickLanguage } from '@/lib/i18n/locales';
import { createTranslator } from '@/lib/i18n/translate';
import { statusLabelFor } from '@/lib/panel/status-label';
import { OnThisPage } from '@/components/on-this-page';
import { PipelineList } from '@/components/pipeline-list';

const db = getDb();

export function App() {
  const [i18n, setI18n] = useState<I18n>({ t: createTranslator('en', FALLBACK, FALLBACK), locale: 'en' });
  useEffect(() => {
    const lang = pickLanguage('auto', navigator.languages);
    void loadCatalogue(lang).then((cat) => {
      setI18n({ t: createTranslator(lang, cat, FALLBACK), locale: lang });
      document.documentElement.lang = lang;
    });
  }, []);
  const tabId = useTabId(location.search);
  const detection = useTabDetection(tabId);
  const prospects = useLiveQuery(() => db.prospects.orderBy('createdAt').reverse().toArray(), [], []);

  return (
    <I18nContext.Provider value={i18n}>
      <main class="panel">
        <OnThisPage
          tabId={tabId} detection={detection}
          statusOf={(c) => statusLabelFor(c, prospects, i18n.t)}
          onCapture={(c) => tabId !== null && void sendMessage('captureFromTab', { tabId, key: c.key })}
        />
        <PipelineList prospects={prospects} />
      </main>
    </I18nContext.Provider>
  );
}
