/** The panel's views, in tab order. 'page' is "On this page". */
export const VIEWS = ['page', 'pipeline', 'today', 'insights'] as const;
export type View = (typeof VIEWS)[number];

export interface PanelRoute {
  view: View;
  /** A prospect to open (reminder notifications link to `?prospect=<id>`). */
  prospectId: string | null;
}

const isView = (v: string | null): v is View => v !== null && (VIEWS as readonly string[]).includes(v);

/** Read `?view=today` and `?prospect=<id>` from the panel's query string. */
export function parseRoute(search: string): PanelRoute {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  return { view: isView(view) ? view : 'page', prospectId: params.get('prospect') || null };
}

/** The `g <key>` shortcut targets: o(n this page), p(ipeline), t(oday), i(nsights). */
export const GO_KEYS: Record<string, View> = { o: 'page', p: 'pipeline', t: 'today', i: 'insights' };

/** The catalogue key naming a view (also the tab's label). */
export const VIEW_LABEL_KEYS: Record<View, string> = {
  page: 'onThisPage',
  pipeline: 'pipeline',
  today: 'today',
  insights: 'insights',
};
