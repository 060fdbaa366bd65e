import type { Detection } from '../domain/contact';
import { LANGUAGES, type LanguageSetting } from '../domain/settings';
import type { Translate } from '../i18n/translate';
import { VIEWS, VIEW_LABEL_KEYS, type PanelRoute, type View } from './panel-route';
import type { ProspectCommand } from './use-panel-shortcuts';

export interface PaletteCommand {
  id: string;
  label: string;
  run: () => void;
}

export interface PaletteContext {
  t: Translate;
  route: PanelRoute;
  detection: Detection | null;
  selectView: (view: View) => void;
  prospectCommand: (kind: ProspectCommand['kind']) => void;
  captureAll: () => void;
  setLanguage: (language: LanguageSetting) => void;
  openHelp: () => void;
}

/** The palette's commands for the panel's current state (prospect commands only with a prospect open). */
export function buildPaletteCommands(c: PaletteContext): PaletteCommand[] {
  const { t } = c;
  const commands: PaletteCommand[] = VIEWS.map((view) => ({
    id: `go-${view}`,
    label: t('palette.goTo', { view: t(VIEW_LABEL_KEYS[view]) }),
    run: () => c.selectView(view),
  }));
  const contacts = c.detection?.contacts.length ?? 0;
  if (contacts > 0) {
    commands.push({ id: 'capture', label: t('palette.capture', { count: contacts }), run: c.captureAll });
  }
  if (c.route.prospectId) {
    commands.push(
      { id: 'follow-up', label: t('palette.followUp'), run: () => c.prospectCommand('followUp') },
      { id: 'note', label: t('palette.note'), run: () => c.prospectCommand('note') },
      { id: 'call', label: t('palette.call'), run: () => c.prospectCommand('call') },
    );
  }
  for (const language of ['auto', ...LANGUAGES] as const) {
    commands.push({
      id: `language-${language}`,
      label: t('palette.language', { language: t(`language.${language}`) }),
      run: () => c.setLanguage(language),
    });
  }
  commands.push({ id: 'help', label: t('shortcuts.title'), run: c.openHelp });
  return commands;
}
