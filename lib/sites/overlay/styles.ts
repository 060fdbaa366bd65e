/**
 * The overlay's CSS, inlined into each shadow root: no stylesheet file, so nothing the page could
 * probe under chrome-extension:// (no web_accessible_resources). System fonts only.
 */
export const OVERLAY_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 4px 0 4px 8px; }
.strip { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; margin: 6px 0; }
.chip { display: inline-flex; align-items: center; gap: 6px; font: 500 13px/1.3 system-ui, sans-serif; color: #1d2226; }
.who { max-width: 16em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button.add { font: inherit; cursor: pointer; border: 1px solid #0a66c2; color: #0a66c2; background: #fff;
  border-radius: 999px; padding: 2px 10px; }
button.add:hover { background: #eaf3fc; }
button.add:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
button.add[disabled] { opacity: .6; cursor: progress; }
.status { border-radius: 999px; padding: 2px 10px; background: #e8f3e8; color: #1f6b2c; }
.error { color: #b3261e; }
.next { color: #56687a; white-space: nowrap; }
.fu { position: relative; display: inline-flex; }
button.more { font: inherit; cursor: pointer; border: 1px solid #8c8c8c; color: inherit; background: transparent;
  border-radius: 999px; padding: 2px 10px; }
button.more[aria-disabled=true] { opacity: .6; cursor: progress; }
.pop { position: absolute; z-index: 2147483647; top: calc(100% + 4px); left: 0; display: flex; flex-direction: column;
  gap: 2px; min-width: 13em; padding: 4px; background: #fff; border: 1px solid #c4c4c4; border-radius: 8px;
  box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.pop[hidden] { display: none; }
.menu { display: flex; flex-direction: column; }
button.item { font: inherit; text-align: start; cursor: pointer; border: 0; background: transparent; color: inherit;
  padding: 4px 8px; border-radius: 4px; }
button.item:hover, button.item:focus-visible { background: #eaf3fc; outline: none; }
.custom { display: flex; flex-direction: column; gap: 2px; padding: 4px 8px; }
.when { font: inherit; }
button.more:focus-visible, .when:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
.compose { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; font: 13px/1.3 system-ui, sans-serif;
  color: #1d2226; margin: 4px 0; }
.compose input[type=number] { width: 3.5em; font: inherit; }
.known { display: inline-flex; flex-wrap: wrap; gap: 6px; }
@media (prefers-color-scheme: dark) {
  .chip, .compose { color: #e8eaed; }
  button.add { background: transparent; color: #8ab4f8; border-color: #8ab4f8; }
  .status { background: #1f3a24; color: #a8dab5; }
  .next { color: #b0b8c0; }
  .pop { background: #202124; border-color: #5f6368; }
  button.item:hover, button.item:focus-visible { background: #303134; }
}
`;
