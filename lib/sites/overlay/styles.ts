/**
 * The overlay's CSS, inlined into each closed shadow root: no stylesheet file, so nothing the page
 * could probe under chrome-extension:// (no web_accessible_resources). System fonts only, no var():
 * custom properties inherit through the host, so the page could set them. `.box` fills the host's
 * fixed box and resets what the host inherits anyway (the host itself is `all: initial`). Clipping is
 * `overflow: clip`, never `hidden`: the same clip and ellipsis, without a scroll container and the
 * paint layer Chromium gives one.
 */
export const OVERLAY_CSS = `
.box { all: initial; box-sizing: border-box; display: flex; align-items: center; gap: 6px; width: 100%; height: 100%;
  overflow: clip; white-space: nowrap; font: 500 13px/1.2 system-ui, sans-serif; color: #1d2226; direction: inherit; }
.box * { box-sizing: border-box; }
.mark { flex: 0 0 auto; width: 14px; height: 14px; display: block; }
.who, .status, .next, .note { min-width: 0; overflow: clip; text-overflow: ellipsis; }
.who { flex: 0 1 auto; max-width: 45%; }
button { font: inherit; cursor: pointer; border-radius: 999px; padding: 2px 10px; min-width: 0; overflow: clip;
  text-overflow: ellipsis; white-space: nowrap; flex: 0 1 auto; }
button.add { border: 1px solid #0a66c2; color: #0a66c2; background: #fff; }
button.add:hover { background: #eaf3fc; }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 1px; }
button[disabled], button[aria-disabled=true] { opacity: .6; cursor: progress; }
.status { flex: 0 1 auto; border-radius: 999px; padding: 2px 10px; background: #e8f3e8; color: #1f6b2c; }
.status.muted { background: #eef0f2; color: #56687a; }
.error { color: #b3261e; min-width: 0; overflow: clip; text-overflow: ellipsis; }
.remember { display: inline-flex; align-items: center; gap: 3px; flex: 0 1 auto; min-width: 0; overflow: clip;
  text-overflow: ellipsis; font-size: 12px; cursor: pointer; }
.tick { flex: 0 0 auto; margin: 0; }
.next { color: #56687a; flex: 0 1 auto; font-size: 12px; }
button.more { flex: 0 0 auto; border: 1px solid #8c8c8c; color: inherit; background: transparent; padding: 2px 8px; }
.pop { display: flex; flex-direction: column; gap: 2px; min-width: 13em; padding: 4px; background: #fff;
  border: 1px solid #c4c4c4; border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.15); font: 500 13px/1.3 system-ui,
  sans-serif; color: #1d2226; white-space: normal; }
.menu { display: flex; flex-direction: column; }
button.item { text-align: start; border: 0; background: transparent; color: inherit; padding: 4px 8px; border-radius: 4px; }
button.item:hover, button.item:focus-visible { background: #eaf3fc; outline: none; }
.ask { display: flex; flex-direction: column; gap: 6px; padding: 4px; max-width: 22em; }
.ask .remember { overflow: visible; white-space: normal; }
.answers { display: flex; flex-wrap: wrap; gap: 6px; }
.custom { display: flex; flex-direction: column; gap: 2px; padding: 4px 8px; }
.when { font: inherit; }
.icon { display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 20px; padding: 0;
  border-radius: 6px; border: 1px solid transparent; background: transparent; flex: 0 0 auto; }
button.icon.add { border-color: #0a66c2; }
.icon.known { background: #e8f3e8; }
.icon.muted { opacity: .55; }
.icon.error { border-color: #b3261e; }
.compose { gap: 14px; font-weight: 400; }
.compose input[type=number] { width: 3.5em; font: inherit; }
.compose .note { color: #56687a; }
@media (prefers-color-scheme: dark) {
  .box, .pop { color: #e8eaed; }
  button.add { background: transparent; color: #8ab4f8; border-color: #8ab4f8; }
  .status { background: #1f3a24; color: #a8dab5; }
  .status.muted { background: #303134; color: #b0b8c0; }
  .next, .compose .note { color: #b0b8c0; }
  .pop { background: #202124; border-color: #5f6368; }
  button.item:hover, button.item:focus-visible { background: #303134; }
}
`;
