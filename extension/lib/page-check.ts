import { browser, type Browser } from 'wxt/browser';
import { lintDocument, toFileResult, type LintResult } from '../../linter/core/lint.js';
import { ConfigError } from '../../linter/core/config-error.js';
import type { Finding } from '../../linter/core/model/finding.js';
import { blockAt } from '../../linter/core/text/locate.js';
import { summarise, type Report } from '../../linter/core/model/report.js';
import { readPage } from '../adapters/read-page.js';
import type { PortalAdapter } from '../adapters/types.js';
import { annotate, clearAnnotations, offBar, type PanelOptions } from '../ui/annotate.js';
import { countBySeverity, titleOf } from '../ui/finding-text.js';
import { normalise } from '../ui/highlight.js';
import { DOC_BUTTON_CSS } from '../ui/styles.js';
import { brandIcon } from '../ui/brand.js';
import { DEFAULT_PANEL, loadSettings, savePanelState, setDismissed, setRuleLevel, setSiteEnabled } from './settings.js';
import { documentUrl, sameSite } from './documents.js';
import type { Message } from './messages.js';

function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** A finding's identity on its notice, for "dismiss": the rule and the passage, not its position. */
export function findingKey(f: Finding): string {
  return `${f.ruleId}|${normalise(f.excerpt).slice(0, 200)}`;
}

/**
 * A "Check document" control after each PDF/DOCX link, in the extension's own closed shadow root so
 * the page can neither click it nor change what it fetches: the URL is read from the link once, now
 * (http(s) only), shown on the control, and only a trusted click sends it.
 */
function documentButtons(links: HTMLAnchorElement[], page: URL): void {
  for (const a of links) {
    const url = documentUrl(a.getAttribute('href') ?? '', page.href);
    if (!url) continue;
    const host = document.createElement('tenderlint-doc');
    host.setAttribute('data-tenderlint-doc', '');
    host.setAttribute('data-tenderlint-ui', '');
    const root = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(DOC_BUTTON_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = DOC_BUTTON_CSS;
      root.appendChild(style);
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.title = `Check this document with tenderlint: ${url.href}`;
    b.appendChild(brandIcon(document, 14));
    b.appendChild(document.createTextNode('Check document'));
    if (!sameSite(url, page)) {
      const other = document.createElement('span');
      other.className = 'host';
      other.textContent = `(${url.hostname})`;
      b.appendChild(other);
    }
    const sr = document.createElement('span');
    sr.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
    sr.textContent = ` with tenderlint: ${(a.textContent ?? '').trim() || url.pathname}, ${url.href}`;
    b.appendChild(sr);
    const href = url.href;
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      send({ type: 'check-document', url: href });
    });
    root.appendChild(b);
    a.insertAdjacentElement('afterend', host);
  }
}

/** What the panel shows once after the action that re-rendered it (a rule turned off, a finding dismissed). */
let flash: PanelOptions['flash'];
/** Set when the site was turned off from this tab: the page then shows "off" with Undo. */
let offFromHere = false;

/**
 * Reads the page with the adapter, lints it with the shared linter and annotates it. Runs again
 * when the options, the site switch or the dismissed findings change, so a change takes effect
 * without a reload.
 */
export async function checkPage(adapter: PortalAdapter): Promise<LintResult | undefined> {
  const settings = await loadSettings();
  const site = location.hostname;
  clearAnnotations(document);
  if (settings.disabledSites.includes(site)) {
    document.documentElement.setAttribute('data-tenderlint-checked', 'off');
    send({ type: 'findings', count: 0, errors: 0, off: true });
    if (offFromHere) offBar(document, site, () => void setSiteEnabled(site, true));
    return undefined;
  }
  offFromHere = false;
  const started = performance.now();
  const read = readPage(document, adapter);
  const notes: string[] = [];
  let result: LintResult;
  try {
    result = lintDocument(read.doc, { config: settings.config });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    notes.push(`Your options are not valid (${e.problems.join('; ')}); the defaults were used.`);
    result = lintDocument(read.doc);
  }
  const notice = read.doc.notice;
  const noticeKey = `${site}/${notice?.id ?? location.pathname}`;
  const dismissed = new Set(settings.dismissed[noticeKey] ?? []);
  const shown = result.findings.filter((f) => !dismissed.has(findingKey(f)));
  const hidden = result.findings.filter((f) => dismissed.has(findingKey(f)));
  const targets = shown.map((finding) => {
    const block = blockAt(read.doc.blocks, finding.location);
    return { finding, node: block ? read.nodes[block.index] : undefined };
  });
  const state = settings.panels[site] ?? DEFAULT_PANEL;
  const message = flash;
  flash = undefined;
  annotate(document, targets, {
    source: adapter.name,
    notes: [...notes, ...result.notes],
    facts: result.facts,
    ...(message ? { flash: message } : {}),
    site: {
      host: site,
      state,
      onState: (s) => void savePanelState(site, s),
      onDisable: () => {
        offFromHere = true;
        void setSiteEnabled(site, false);
      },
    },
    actions: {
      notice: {
        ...(notice?.title ? { title: notice.title } : {}),
        ...(notice?.id && notice.id !== location.href ? { id: notice.id } : {}),
        ...(notice?.buyer ? { buyer: notice.buyer } : {}),
      },
      onDismiss: (f) => {
        flash = {
          text: `Dismissed “${f.title}” on this notice.`,
          undo: () => void setDismissed(noticeKey, [findingKey(f)], false),
        };
        void setDismissed(noticeKey, [findingKey(f)], true);
      },
      onRuleOff: (ruleId) => {
        flash = {
          text: `Turned off the rule “${titleOf(ruleId)}” everywhere. Turn it back on here or in the options.`,
          undo: () => void setRuleLevel(ruleId, undefined),
        };
        void setRuleLevel(ruleId, 'off');
      },
    },
    ...(hidden.length
      ? {
          dismissed: {
            count: hidden.length,
            restore: () => void setDismissed(noticeKey, hidden.map(findingKey), false),
          },
        }
      : {}),
    exportReport: () => {
      const files = [{ ...toFileResult(read.doc, result), findings: shown }];
      const report: Report = { version: 1, files, summary: summarise(files) };
      return {
        name: `${(notice?.id ?? 'page').replace(/[^\w.-]+/g, '_')}.tenderlint.json`,
        json: JSON.stringify(report, null, 2),
      };
    },
  });
  documentButtons(read.documents, new URL(location.href));
  const ms = performance.now() - started;
  document.documentElement.setAttribute('data-tenderlint-checked', String(shown.length));
  document.documentElement.setAttribute('data-tenderlint-ms', ms.toFixed(1));
  send({ type: 'findings', count: shown.length, errors: countBySeverity(shown).error });
  return result;
}

let watching = false;

export function runOnPage(adapter: PortalAdapter): void {
  void checkPage(adapter);
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && (changes.config || changes.disabledSites || changes.dismissed)) void checkPage(adapter);
  });
}
