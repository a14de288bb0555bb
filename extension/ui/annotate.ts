import type { Finding, Severity } from '../../linter/model/finding.js';
import { ruleById } from '../../rules/index.js';
import { highlight } from './highlight.js';
import { MARK_STYLE, PANEL_CSS } from './styles.js';

export const HOST_TAG = 'tenderlint-root';
const MARK_CLASS = 'tenderlint-mark';
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

export interface Target {
  finding: Finding;
  /** The element whose text holds the finding's excerpt. */
  node: Element | undefined;
}

export interface PanelOptions {
  /** Shown in the panel's heading: "tenderlint on Find a Tender". */
  source: string;
  notes?: string[];
  /** Adds a "Turn off on this site" button. */
  onDisable?: () => void;
  /** Where to put the shadow host (default: document.body). */
  container?: Element;
  /** Panel fixed to the corner (pages) or in the flow of the container (the draft checker). */
  docked?: boolean;
}

export interface Annotations {
  marks: HTMLElement[];
  host: HTMLElement;
  open(index: number): void;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  // Text only ever goes in as text: page and document text can never become markup here.
  if (text !== undefined) e.textContent = text;
  return e;
}

function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Removes every mark (restoring the page's text nodes) and the panel. */
export function clearAnnotations(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  doc.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  doc.querySelectorAll('[data-tenderlint-doc]').forEach((b) => b.remove());
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function summaryText(findings: Finding[]): string {
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s === 'info' ? 'info' : s + (c[s] === 1 ? '' : 's')}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * Highlights each finding's passage, gives it a card (message, why, citations, fix), and lists all of
 * them in a summary panel inside a shadow root. Every element that marks a finding carries
 * data-tenderlint-rule.
 */
export function annotate(doc: Document, targets: Target[], options: PanelOptions): Annotations {
  const skip = (e: Element) => e.tagName.toUpperCase() === HOST_TAG.toUpperCase() || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(e.tagName);
  const host = el(doc, HOST_TAG as 'div', { 'data-tenderlint-ui': '' });
  host.style.cssText = options.docked === false ? 'display:block;' : 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PANEL_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(el(doc, 'style', {}, PANEL_CSS));
  }

  const ordered = [...targets].sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity));
  const firstMark: Array<HTMLElement | undefined> = [];
  const cards: HTMLElement[] = [];
  const allMarks: HTMLElement[] = [];
  let openCard: number | undefined;

  const close = (returnFocus: boolean) => {
    if (openCard === undefined) return;
    const i = openCard;
    cards[i]!.hidden = true;
    firstMark[i]?.setAttribute('aria-expanded', 'false');
    openCard = undefined;
    if (returnFocus) firstMark[i]?.focus();
  };

  const open = (i: number) => {
    close(false);
    const card = cards[i]!;
    const mark = firstMark[i];
    card.hidden = false;
    mark?.setAttribute('aria-expanded', 'true');
    const view = doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const r = mark?.getBoundingClientRect();
    const width = Math.min(420, vw - 24);
    const left = r ? Math.max(12, Math.min(r.left, vw - width - 12)) : 12;
    const below = r ? r.bottom + 6 : 12;
    card.style.left = `${left}px`;
    card.style.top = `${below + 200 > vh && r ? Math.max(12, r.top - 6 - Math.min(card.offsetHeight || 240, vh * 0.7)) : below}px`;
    openCard = i;
    card.focus();
  };

  ordered.forEach(({ finding, node }, i) => {
    const rule = ruleById(finding.ruleId);
    const cardId = `tenderlint-card-${i}`;
    // The card: a non-modal dialog, labelled by its heading, closed by Escape or its button.
    const card = el(doc, 'section', { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': `${cardId}-title`, class: `card ${finding.severity}`, tabindex: '-1', id: cardId, 'data-tenderlint-rule': finding.ruleId });
    card.hidden = true;
    card.appendChild(el(doc, 'h2', { id: `${cardId}-title` }, `${LABEL[finding.severity]}: ${finding.ruleId}`));
    card.appendChild(el(doc, 'p', { class: 'message' }, finding.message));
    card.appendChild(el(doc, 'h3', {}, 'Flagged text'));
    card.appendChild(el(doc, 'p', { class: 'excerpt' }, finding.excerpt));
    if (rule) {
      card.appendChild(el(doc, 'h3', {}, 'Why it matters'));
      card.appendChild(el(doc, 'p', { class: 'why' }, rule.meta.rationale));
    }
    card.appendChild(el(doc, 'h3', {}, 'How to fix it'));
    card.appendChild(el(doc, 'p', { class: 'fix' }, finding.fix));
    if (finding.citations.length) {
      card.appendChild(el(doc, 'h3', {}, 'Sources'));
      const ul = el(doc, 'ul');
      for (const c of finding.citations) {
        const li = el(doc, 'li');
        const href = safeUrl(c.url);
        const label = `${c.title}${c.section ? `, ${c.section}` : ''} (${c.kind})`;
        li.appendChild(href ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'citation' }, label) : el(doc, 'span', {}, label));
        ul.appendChild(li);
      }
      card.appendChild(ul);
    }
    const docs = safeUrl(finding.docsUrl);
    if (docs) {
      const p = el(doc, 'p');
      p.appendChild(el(doc, 'a', { href: docs, target: '_blank', rel: 'noopener noreferrer' }, 'Rule documentation'));
      card.appendChild(p);
    }
    const closeBtn = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    closeBtn.addEventListener('click', () => close(true));
    card.appendChild(closeBtn);
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close(true);
      }
    });
    cards.push(card);

    const marks = node
      ? highlight(node, finding.excerpt, () => {
          const m = el(doc, 'mark', { class: MARK_CLASS, 'data-tenderlint-rule': finding.ruleId, 'data-tenderlint-severity': finding.severity, 'data-tenderlint-finding': String(i) });
          m.style.cssText = MARK_STYLE[finding.severity];
          return m;
        }, skip)
      : [];
    const lead = marks[0];
    if (lead) {
      // One tab stop per finding: the first piece of its passage opens the card.
      lead.tabIndex = 0;
      lead.setAttribute('role', 'button');
      lead.setAttribute('aria-haspopup', 'dialog');
      lead.setAttribute('aria-expanded', 'false');
      lead.setAttribute('aria-controls', cardId);
      lead.setAttribute('aria-label', `tenderlint ${finding.severity}: ${finding.message}`);
    }
    for (const m of marks) {
      m.addEventListener('click', (e) => {
        e.preventDefault();
        open(i);
      });
    }
    lead?.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(i);
      } else if (e.key === 'Escape') close(true);
    });
    firstMark.push(lead);
    allMarks.push(...marks);
  });

  // The summary panel.
  const panel = el(doc, 'section', { class: 'panel', role: 'region', 'aria-label': 'tenderlint findings' });
  if (options.docked === false) panel.style.cssText = 'position:static;width:auto;max-height:none;box-shadow:none;';
  const header = el(doc, 'header');
  header.appendChild(el(doc, 'h2', { class: 'summary' }, `tenderlint on ${options.source}: ${summaryText(targets.map((t) => t.finding))}`));
  const toggle = el(doc, 'button', { type: 'button', class: 'toggle', 'aria-expanded': 'true', 'aria-controls': 'tenderlint-panel-body' }, 'Hide');
  header.appendChild(toggle);
  panel.appendChild(header);
  const body = el(doc, 'div', { class: 'body', id: 'tenderlint-panel-body' });
  toggle.addEventListener('click', () => {
    const collapsed = panel.classList.toggle('collapsed');
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.textContent = collapsed ? 'Show' : 'Hide';
  });
  if (!ordered.length) body.appendChild(el(doc, 'p', { class: 'notes' }, 'No findings.'));
  for (const sev of SEVERITIES) {
    const items = ordered.map((t, i) => [t, i] as const).filter(([t]) => t.finding.severity === sev);
    if (!items.length) continue;
    body.appendChild(el(doc, 'h3', { class: `sev-${sev}` }, `${LABEL[sev]}s (${items.length})`));
    const ol = el(doc, 'ol', { 'data-severity': sev });
    for (const [t, i] of items) {
      const li = el(doc, 'li', { 'data-tenderlint-rule': t.finding.ruleId });
      const jump = el(doc, 'button', { type: 'button', class: 'linkish jump' }, `${t.finding.ruleId}: ${t.finding.message}`);
      jump.addEventListener('click', () => {
        const m = firstMark[i];
        m?.scrollIntoView({ block: 'center' });
        open(i);
      });
      li.appendChild(jump);
      ol.appendChild(li);
    }
    body.appendChild(ol);
  }
  for (const n of options.notes ?? []) body.appendChild(el(doc, 'p', { class: 'notes' }, n));
  panel.appendChild(body);
  if (options.onDisable) {
    const footer = el(doc, 'footer');
    const off = el(doc, 'button', { type: 'button', class: 'disable' }, 'Turn off on this site');
    off.addEventListener('click', () => options.onDisable!());
    footer.appendChild(off);
    panel.appendChild(footer);
  }
  root.appendChild(panel);
  for (const c of cards) root.appendChild(c);
  (options.container ?? doc.body).appendChild(host);

  return {
    marks: allMarks,
    host,
    open,
    remove: () => clearAnnotations(doc),
  };
}
