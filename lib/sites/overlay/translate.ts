/** The overlays' `t`: a catalogue key and its parameters → the text in the page's language. */
export type OverlayTranslate = (key: string, params?: Record<string, string>) => string;
