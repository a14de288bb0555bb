import { COLOUR } from './severity.js';

/** Focus ring: dark ring with a white halo, at least 3:1 against the panel, the cards and any page behind a flag. */
const FOCUS = 'outline: 3px solid #0b0c0c; outline-offset: 1px; box-shadow: 0 0 0 5px #fff;';
const FONT = 'font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;';

/** Styles for the panel and cards, inside their shadow root: page styles cannot reach them, nor they the page. */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button { font: inherit; cursor: pointer; color: #0b0c0c; }
button:focus-visible, a:focus-visible, summary:focus-visible, .card:focus-visible, .sheet:focus-visible, h2:focus-visible { ${FOCUS} }
a { color: #1d70b8; }
.icon { display: inline-block; vertical-align: -3px; flex: none; }

.panel { ${FONT} color: #0b0c0c; }
.panel.floating .chip { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; display: flex; align-items: center; gap: 6px;
  background: #fff; border: 2px solid #0b0c0c; border-radius: 18px; padding: 4px 12px 4px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); max-width: calc(100vw - 24px); }
.panel.floating.dock-left .chip { right: auto; left: 12px; }
.chip .brand { font-weight: 700; }
.chip .n { display: inline-flex; align-items: center; gap: 2px; font-variant-numeric: tabular-nums; }
.panel.floating .sheet { position: fixed; z-index: 2147483646; background: #fff; border: 0 solid #0b0c0c; display: flex; flex-direction: column;
  box-shadow: 0 0 16px rgba(0,0,0,.25); top: 0; bottom: 0; right: 0; width: min(340px, 100vw); border-left-width: 2px; }
.panel.floating.dock-left .sheet { right: auto; left: 0; border-left-width: 0; border-right-width: 2px; }
.panel.floating.dock-bottom .sheet { top: auto; left: 0; right: 0; width: auto; max-height: 45vh; border-left-width: 0; border-top-width: 2px; }
@media (max-width: 699px) {
  .panel.floating .tools .dock { display: none; }
  .panel.floating .sheet, .panel.floating.dock-left .sheet { top: auto; left: 0; right: 0; width: auto; max-height: 60vh; border-width: 2px 0 0 0; }
}
.panel.inline .sheet { border: 2px solid #0b0c0c; border-radius: 6px; }
.sheet header { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 6px 8px; padding: 8px 10px; border-bottom: 1px solid #b1b4b6; border-top: 5px solid #1d70b8; }
.sheet h2 { font-size: 15px; margin: 0; flex: 1 1 180px; display: flex; gap: 6px; align-items: flex-start; }
.sheet h2 .icon { margin-top: 2px; }
.sheet .tools { display: flex; gap: 6px; }
.sheet .tools button, .sheet footer button, .flash button, .confirm button, .offbar button { background: #f3f2f1; border: 1px solid #505a5f; border-radius: 3px; padding: 3px 8px; }
.sheet .body { overflow: auto; padding: 0 10px 8px; flex: 1 1 auto; }
.sheet h3 { font-size: 13px; margin: 12px 0 4px; display: flex; align-items: center; gap: 6px; }
.sheet ol { margin: 0; padding: 0 0 0 20px; }
.sheet li { margin: 6px 0; }
.jump { display: block; background: none; border: 0; padding: 0; color: #1d70b8; text-decoration: underline; text-align: left; font-weight: 600; }
.sheet li .msg { margin: 2px 0 0; color: #0b0c0c; font-size: 13px; }
.sev-error { color: ${COLOUR.error}; } .sev-warning { color: ${COLOUR.warning}; } .sev-info { color: ${COLOUR.info}; }
.none { margin: 10px 0; }
.dismissed { font-size: 13px; margin: 10px 0; }
.linkish { background: none; border: 0; padding: 0; color: #1d70b8; text-decoration: underline; }
details.read { margin: 12px 0 4px; border-top: 1px solid #b1b4b6; padding-top: 6px; }
details.read summary { font-weight: 700; font-size: 13px; cursor: pointer; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; } dl.facts .missing { color: #505a5f; font-style: italic; }
dl.facts .src { color: #505a5f; }
.notes { font-size: 12px; color: #505a5f; margin: 6px 0; }
.sheet footer { border-top: 1px solid #b1b4b6; padding: 8px 10px; display: flex; gap: 6px; flex-wrap: wrap; }
.confirm { flex-basis: 100%; border: 2px solid #0b0c0c; padding: 6px 8px; margin-top: 4px; }
.confirm p { margin: 0 0 6px; }
.flash { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; background: #f3f2f1; padding: 6px 10px; border-bottom: 1px solid #b1b4b6; }
.flash p { margin: 0; flex: 1 1 auto; }
.confirm .danger { background: #d4351c; color: #fff; border-color: #942514; }

.card { position: fixed; top: 0; left: 0; width: min(420px, calc(100vw - 16px)); max-height: calc(100vh - 16px); overflow: auto; background: #fff; color: #0b0c0c;
  border: 2px solid #0b0c0c; border-left-width: 8px; border-radius: 4px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  ${FONT} z-index: 2147483647; }
.card.error { border-left-color: ${COLOUR.error}; } .card.warning { border-left-color: ${COLOUR.warning}; } .card.info { border-left-color: ${COLOUR.info}; }
.card h2 { font-size: 15px; margin: 0 64px 2px 0; display: flex; gap: 6px; align-items: flex-start; }
.card h2 .icon { margin-top: 2px; }
.card .rule { font-size: 12px; color: #505a5f; margin: 0 0 6px; }
.card h3 { font-size: 13px; margin: 10px 0 2px; }
.card p { margin: 0 0 6px; }
.card .excerpt { background: #f3f2f1; padding: 4px 6px; border-radius: 3px; white-space: pre-wrap; overflow-wrap: anywhere; }
.card .close { position: absolute; top: 6px; right: 6px; background: #fff; border: 1px solid #505a5f; border-radius: 3px; padding: 1px 8px; }
.card ul { margin: 0; padding-left: 18px; }
.card .actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 8px; }
.card .actions button { background: #f3f2f1; border: 1px solid #505a5f; border-radius: 3px; padding: 3px 8px; }

.offbar { position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; ${FONT} color: #0b0c0c; background: #fff; border: 2px solid #0b0c0c; border-radius: 6px;
  padding: 6px 10px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; max-width: calc(100vw - 24px); box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.offbar p { margin: 0; }
`;

/** A flag's own shadow root: the severity icon as a button, ahead of the passage. */
export const FLAG_CSS = `
:host { all: initial; display: inline-block; vertical-align: baseline; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; width: 20px; height: 18px;
  margin: 0 2px 0 0; vertical-align: -3px; cursor: pointer; border-radius: 3px; background: #fff; }
button:focus-visible { ${FOCUS} }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** The "Check document" control's shadow root: branded so it cannot be taken for part of the portal. */
export const DOC_BUTTON_CSS = `
:host { all: initial; display: inline-block; vertical-align: baseline; margin-left: 6px; }
button { font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; display: inline-flex; gap: 4px; align-items: center; cursor: pointer;
  color: #0b0c0c; background: #fff; border: 2px solid #1d70b8; border-radius: 12px; padding: 1px 8px; }
button:focus-visible { ${FOCUS} }
.host { font-weight: 400; color: #505a5f; }
`;
