/** Styles for the panel and cards, inside their shadow root: page styles cannot reach them, nor they the page. */
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel { position: fixed; right: 12px; bottom: 12px; width: min(380px, calc(100vw - 24px)); max-height: 60vh; overflow: auto;
  background: #fff; color: #0b0c0c; border: 2px solid #0b0c0c; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; z-index: 2147483646; }
.panel header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #0b0c0c; color: #fff; position: sticky; top: 0; }
.panel h2 { font-size: 15px; margin: 0; flex: 1; }
.panel h3 { font-size: 13px; margin: 10px 10px 4px; text-transform: uppercase; letter-spacing: .03em; }
.panel ol { margin: 0; padding: 0 10px 0 28px; }
.panel li { margin: 4px 0; }
.panel button, .card button { font: inherit; cursor: pointer; }
.jump { display: block; }
.linkish { background: none; border: 0; padding: 0; color: #1d70b8; text-decoration: underline; text-align: left; }
.linkish:focus, .card :focus, .panel :focus { outline: 3px solid #ffdd00; outline-offset: 1px; }
.toggle { background: #fff; color: #0b0c0c; border: 0; border-radius: 3px; padding: 2px 8px; }
.panel footer { border-top: 1px solid #b1b4b6; padding: 8px 10px; display: flex; gap: 8px; flex-wrap: wrap; }
.panel footer button { background: #f3f2f1; border: 1px solid #505a5f; border-radius: 3px; padding: 3px 8px; }
.panel .notes { font-size: 12px; color: #505a5f; padding: 0 10px; }
.panel.collapsed .body { display: none; }
.sev-error { color: #d4351c; } .sev-warning { color: #a15c00; } .sev-info { color: #1d70b8; }
.card { position: fixed; width: min(420px, calc(100vw - 24px)); max-height: 70vh; overflow: auto; background: #fff; color: #0b0c0c;
  border: 2px solid #0b0c0c; border-left-width: 8px; border-radius: 4px; padding: 10px 14px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; z-index: 2147483647; }
.card[hidden] { display: none; }
.card.error { border-left-color: #d4351c; } .card.warning { border-left-color: #f47738; } .card.info { border-left-color: #1d70b8; }
.card h2 { font-size: 15px; margin: 0 28px 6px 0; }
.card h3 { font-size: 13px; margin: 10px 0 2px; }
.card p { margin: 0 0 6px; }
.card .excerpt { background: #f3f2f1; padding: 4px 6px; border-radius: 3px; white-space: pre-wrap; overflow-wrap: anywhere; }
.card .close { position: absolute; top: 6px; right: 6px; background: none; border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
.card ul { margin: 0; padding-left: 18px; }
`;

export const MARK_STYLE: Record<'error' | 'warning' | 'info', string> = {
  error: 'background-color:#ffd7d2;box-shadow:inset 0 -2px 0 #d4351c;color:inherit;cursor:pointer;',
  warning: 'background-color:#ffe9c7;box-shadow:inset 0 -2px 0 #f47738;color:inherit;cursor:pointer;',
  info: 'background-color:#dcebf8;box-shadow:inset 0 -2px 0 #1d70b8;color:inherit;cursor:pointer;',
};
