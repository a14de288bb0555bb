import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { Finding } from '../../linter/core/model/finding.js';
import type { Facts } from '../../linter/core/model/facts.js';
import { ruleById } from '../../rules/index.js';
import type { Dock, PanelState } from '../lib/settings.js';
import { highlight } from './highlight.js';
import { factLines } from './facts-view.js';
import {
  clarificationQuestion,
  countBySeverity,
  findingText,
  summaryText,
  whereText,
  type NoticeContext,
} from './finding-text.js';
import { LABEL, PLURAL, SEVERITIES, markStyle, severityIcon } from './severity.js';
import { FLAG_CSS, PANEL_CSS } from './styles.js';
import { brandIcon } from './brand.js';

export { countBySeverity, summaryText } from './finding-text.js';

export const HOST_TAG = 'tenderlint-root';
export const FLAG_TAG = 'tenderlint-flag';
const MARK_CLASS = 'tenderlint-mark';
/** Side panels wider than this leave the page room instead of covering it. */
const RESERVE_FROM = 1000;
const SHEET_WIDTH = 340;
const DOCKS: Dock[] = ['right', 'left', 'bottom'];

export interface Target {
  finding: Finding;
  /** The element whose text holds the finding's excerpt. */
  node: Element | undefined;
}

export interface FindingActions {
  /** Adds "Dismiss" to each card. */
  onDismiss?(finding: Finding): void;
  /** Adds "Turn this rule off" to each card. */
  onRuleOff?(ruleId: string): void;
  /** The notice, for the clarification question's first line. */
  notice?: NoticeContext;
}

export interface SiteControls {
  host: string;
  state: PanelState;
  onState(state: PanelState): void;
  /** Called after the user confirmed "Turn off on this site". */
  onDisable(): void;
}

export interface PanelOptions {
  /** Shown in the panel's heading: "tenderlint on Find a Tender". */
  source: string;
  notes?: string[];
  /** The facts the rules judged on, listed under "What was read". */
  facts?: Facts;
  /** Where to put the shadow host (default: document.body). */
  container?: Element;
  /** Panel fixed to an edge of the window (pages) or in the flow of the container (the draft checker). */
  docked?: boolean;
  /** Pages: the panel's remembered state and the site switch. */
  site?: SiteControls;
  actions?: FindingActions;
  /** Findings dismissed on this notice, and how to bring them back. */
  dismissed?: { count: number; restore(): void };
  /** A message left by the action that caused this render ("Rule turned off"), with its undo. */
  flash?: { text: string; undo?: () => void };
  /** Adds "Export findings (JSON)": the file name and the report, in the CLI's --format json shape. */
  exportReport?: () => { name: string; json: string };
}

export interface Annotations {
  marks: HTMLElement[];
  host: HTMLElement;
  open(index: number): void;
  close(): void;
  remove(): void;
}

type Props = Partial<Record<string, string>>;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Props = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  // Text only ever goes in as text: page and document text can never become markup here.
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, text: string, cls: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', class: cls, ...props }, text);
  b.addEventListener('click', onClick);
  return b;
}

function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function adopt(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(el(doc, 'style', {}, css));
  }
}

/** Copies text from a click: the async clipboard when the page allows it, else a selection in the shadow root. */
async function copy(doc: Document, root: ShadowRoot, text: string): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el(doc, 'textarea', { class: 'sr', 'aria-hidden': 'true', tabindex: '-1' });
    area.value = text;
    root.appendChild(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}

function download(doc: Document, name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el(doc, 'a', { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What undoes the page-wide parts of the last annotate(): listeners, positioning, the room kept for a side panel. */
const cleanups = new WeakMap<Document, Array<() => void>>();

/** Removes every mark and flag (restoring the page's text nodes), the panel and the cards. */
export function clearAnnotations(doc: Document): void {
  for (const undo of cleanups.get(doc) ?? []) undo();
  cleanups.delete(doc);
  doc.querySelectorAll(FLAG_TAG).forEach((f) => f.remove());
  for (const mark of Array.from(doc.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  doc.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
  doc.querySelectorAll('[data-tenderlint-doc]').forEach((b) => b.remove());
}

function onCleanup(doc: Document, f: () => void): void {
  const list = cleanups.get(doc) ?? [];
  list.push(f);
  cleanups.set(doc, list);
}

/** A shadow host for the extension's own UI, kept out of the page's reading and styles. */
function shadowHost(doc: Document, fixed: boolean): { host: HTMLElement; root: ShadowRoot } {
  const host = el(doc, HOST_TAG as 'div', { 'data-tenderlint-ui': '' });
  host.style.cssText = fixed ? 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;' : 'display:block;';
  const root = host.attachShadow({ mode: 'open' });
  adopt(doc, root, PANEL_CSS);
  return { host, root };
}

/**
 * Highlights each finding's passage (the most severe innermost, so drawn on top where passages
 * overlap), puts a severity flag (icon and words, a button) ahead of it, gives it a card anchored to
 * the passage (message, why, fix, sources, actions), and lists them all in a panel in a shadow root.
 * Every element that marks a finding carries data-tenderlint-rule.
 */
export function annotate(doc: Document, targets: Target[], options: PanelOptions): Annotations {
  const view = doc.defaultView!;
  const floating = options.docked !== false;
  const skip = (e: Element) =>
    /^(?:TENDERLINT-ROOT|TENDERLINT-FLAG|TENDERLINT-DOC|SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(e.tagName);
  const { host, root } = shadowHost(doc, floating);

  const ordered = targets
    .map((t, n) => ({ ...t, n }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.n - b.n);
  const marksOf: HTMLElement[][] = ordered.map(() => []);
  const flagButtons: Array<HTMLButtonElement | undefined> = [];
  const cards: HTMLElement[] = [];
  const allMarks: HTMLElement[] = [];
  let openCard: number | undefined;
  let stopFollowing: (() => void) | undefined;
  const live = el(doc, 'p', { class: 'sr', role: 'status', 'aria-live': 'polite' });
  const announce = (text: string) => {
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 50);
  };

  const close = (returnFocus: boolean) => {
    if (openCard === undefined) return;
    const i = openCard;
    cards[i]!.hidden = true;
    stopFollowing?.();
    stopFollowing = undefined;
    flagButtons[i]?.setAttribute('aria-expanded', 'false');
    openCard = undefined;
    if (returnFocus) (flagButtons[i] ?? marksOf[i]![0])?.focus();
  };

  const place = (i: number) => {
    const card = cards[i]!;
    const anchor = marksOf[i]![0];
    if (!anchor) {
      // A finding with no passage on the page (a whole-document note): the card sits by the panel.
      Object.assign(card.style, { left: '8px', top: '8px', maxHeight: `${view.innerHeight - 16}px` });
      return () => undefined;
    }
    const update = () =>
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8, fallbackStrategy: 'bestFit' }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              // Never taller than the room beside the passage, nor wider than the window (shift then
              // moves it in from the edge); the card scrolls inside itself instead.
              card.style.maxHeight = `${Math.max(160, Math.min(availableHeight, view.innerHeight - 16))}px`;
              card.style.maxWidth = `${Math.min(420, view.innerWidth - 16)}px`;
            },
          }),
          shift({ padding: 8, crossAxis: true }),
        ],
      }).then(({ x, y }) => Object.assign(card.style, { left: `${x}px`, top: `${y}px` }));
    // Follows the passage as the page scrolls or reflows.
    return autoUpdate(anchor, card, update);
  };

  const open = (i: number) => {
    close(false);
    const card = cards[i]!;
    card.hidden = false;
    flagButtons[i]?.setAttribute('aria-expanded', 'true');
    openCard = i;
    stopFollowing = place(i);
    card.focus({ preventScroll: true });
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && openCard !== undefined) {
      e.stopPropagation();
      close(true);
    }
  };
  const onPointer = (e: Event) => {
    if (openCard === undefined) return;
    const path = e.composedPath();
    if (path.includes(cards[openCard]!) || marksOf[openCard]!.some((m) => path.includes(m))) return;
    const flag = flagButtons[openCard]?.getRootNode() as ShadowRoot | undefined;
    if (flag && path.includes(flag.host)) return;
    close(false);
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  onCleanup(doc, () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
    stopFollowing?.();
  });

  // Least severe first, so a more severe passage inside another is the inner mark and drawn on top.
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { finding, node } = ordered[i]!;
    if (!node) continue;
    marksOf[i] = highlight(
      node,
      finding.excerpt,
      () => {
        const m = el(doc, 'mark', {
          class: MARK_CLASS,
          'data-tenderlint-rule': finding.ruleId,
          'data-tenderlint-severity': finding.severity,
          'data-tenderlint-finding': String(i),
        });
        m.style.cssText = markStyle(finding.severity);
        return m;
      },
      skip,
    );
  }

  ordered.forEach(({ finding }, i) => {
    const title = finding.title;
    cards.push(
      makeCard(
        doc,
        root,
        finding,
        i,
        title,
        options.actions,
        { close: () => close(true), leave: () => openCard === i && close(false) },
        announce,
      ),
    );
    const marks = marksOf[i]!;
    allMarks.push(...marks);
    for (const m of marks) {
      m.addEventListener('click', (e) => {
        e.preventDefault();
        // The innermost (most severe) mark under the pointer answers; the ones around it do not.
        e.stopPropagation();
        open(i);
      });
    }
    const lead = marks[0];
    if (!lead || lead.closest('a, button')) return;
    // One tab stop per finding: a flag with the severity's icon and words, ahead of the passage.
    const flag = el(doc, FLAG_TAG as 'span', {
      'data-tenderlint-ui': '',
      'data-tenderlint-rule': finding.ruleId,
      'data-tenderlint-severity': finding.severity,
      'data-tenderlint-finding': String(i),
    });
    const fr = flag.attachShadow({ mode: 'open' });
    adopt(doc, fr, FLAG_CSS);
    const b = el(doc, 'button', {
      type: 'button',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      title: `${LABEL[finding.severity]}: ${title}`,
    });
    b.appendChild(severityIcon(doc, finding.severity, 16));
    b.appendChild(el(doc, 'span', { class: 'sr' }, `tenderlint ${LABEL[finding.severity].toLowerCase()}: ${title}`));
    b.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (openCard === i) close(true);
      else open(i);
    });
    fr.appendChild(b);
    lead.parentNode!.insertBefore(flag, lead);
    flagButtons[i] = b;
  });

  const panel = makePanel(doc, root, ordered, options, live, {
    jump(i) {
      const anchor = marksOf[i]![0];
      anchor?.scrollIntoView({ block: 'center' });
      open(i);
    },
    announce,
  });
  root.appendChild(panel);
  for (const c of cards) root.appendChild(c);
  (options.container ?? doc.body).appendChild(host);
  if (floating) {
    const counts = summaryText(targets.map((t) => t.finding));
    setTimeout(() => announce(`tenderlint on ${options.source}: ${counts}`), 200);
  }

  return {
    marks: allMarks,
    host,
    open,
    close: () => close(true),
    remove: () => clearAnnotations(doc),
  };
}

function makeCard(
  doc: Document,
  root: ShadowRoot,
  finding: Finding,
  i: number,
  title: string,
  actions: FindingActions | undefined,
  on: { close(): void; leave(): void },
  announce: (t: string) => void,
): HTMLElement {
  const rule = ruleById(finding.ruleId);
  const cardId = `tenderlint-card-${i}`;
  // A non-modal dialog, labelled by its heading, closed by Escape, its button or a click outside.
  const card = el(doc, 'section', {
    role: 'dialog',
    'aria-modal': 'false',
    'aria-labelledby': `${cardId}-title`,
    class: `card ${finding.severity}`,
    tabindex: '-1',
    id: cardId,
    'data-tenderlint-rule': finding.ruleId,
  });
  card.hidden = true;
  const h = el(doc, 'h2', { id: `${cardId}-title` });
  const icon = severityIcon(doc, finding.severity, 16);
  icon.setAttribute('class', 'icon');
  h.appendChild(icon);
  h.appendChild(el(doc, 'span', {}, `${LABEL[finding.severity]}: ${title}`));
  card.appendChild(h);
  const where = whereText(finding.location);
  card.appendChild(el(doc, 'p', { class: 'rule' }, `${finding.ruleId}${where ? ` · ${where}` : ''}`));
  card.appendChild(el(doc, 'p', { class: 'message' }, finding.message));
  // The actions come right after the message, not below the sources, so they are in view when the card opens.
  const row = el(doc, 'div', { class: 'actions', role: 'group', 'aria-label': 'Actions' });
  card.appendChild(row);
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
      li.appendChild(
        href
          ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'citation' }, label)
          : el(doc, 'span', {}, label),
      );
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
  const copyButton = (label: string, text: () => string, done: string) => {
    const b = button(doc, label, 'copy', () => {
      void copy(doc, root, text()).then((ok) => {
        b.textContent = ok ? done : 'Could not copy';
        announce(ok ? done : 'Could not copy');
        setTimeout(() => (b.textContent = label), 2000);
      });
    });
    return b;
  };
  row.appendChild(copyButton('Copy', () => findingText(finding), 'Copied'));
  row.appendChild(
    copyButton(
      'Copy as a clarification question',
      () => clarificationQuestion(finding, actions?.notice),
      'Question copied',
    ),
  );
  if (actions?.onDismiss) row.appendChild(button(doc, 'Dismiss', 'dismiss', () => actions.onDismiss!(finding)));
  if (actions?.onRuleOff)
    row.appendChild(button(doc, 'Turn this rule off', 'rule-off', () => actions.onRuleOff!(finding.ruleId)));
  const closeBtn = el(doc, 'button', { type: 'button', class: 'close' }, 'Close');
  closeBtn.addEventListener('click', on.close);
  card.appendChild(closeBtn);
  // Focus that leaves the card closes it, so no card is left open and out of reach of Escape.
  card.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && !card.contains(to)) on.leave();
  });
  card.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = Array.from(card.querySelectorAll<HTMLElement>('a[href], button'));
    const active = root.activeElement;
    if (!e.shiftKey && active === items.at(-1)) {
      // Past the last control: back to the flag, and the Tab goes on from there into the page.
      on.close();
    } else if (e.shiftKey && (active === items[0] || active === card)) {
      e.preventDefault();
      on.close();
    }
  });
  return card;
}

interface PanelHooks {
  jump(i: number): void;
  announce(text: string): void;
}

/** Keeps the page clear of a side panel on wide windows by giving it room, and gives it back. */
function reserveRoom(doc: Document, dock: Dock | undefined): void {
  const s = doc.documentElement.style;
  const wide = (doc.defaultView?.innerWidth ?? 0) >= RESERVE_FROM;
  const want = {
    'margin-right': dock === 'right' && wide ? `${SHEET_WIDTH}px` : '',
    'margin-left': dock === 'left' && wide ? `${SHEET_WIDTH}px` : '',
  };
  for (const [prop, value] of Object.entries(want)) {
    const mine = doc.documentElement.getAttribute(`data-tenderlint-${prop}`);
    if (value) {
      if (mine === null) doc.documentElement.setAttribute(`data-tenderlint-${prop}`, s.getPropertyValue(prop));
      s.setProperty(prop, value);
    } else if (mine !== null) {
      // Back to whatever the page itself had set.
      if (mine) s.setProperty(prop, mine);
      else s.removeProperty(prop);
      doc.documentElement.removeAttribute(`data-tenderlint-${prop}`);
    }
  }
}

function makePanel(
  doc: Document,
  root: ShadowRoot,
  ordered: Array<Target & { n: number }>,
  options: PanelOptions,
  live: HTMLElement,
  hooks: PanelHooks,
): HTMLElement {
  const floating = options.docked !== false;
  const findings = ordered.map((t) => t.finding);
  const counts = countBySeverity(findings);
  let state: PanelState = options.site?.state ?? { open: false, dock: 'right' };
  // After an action that re-rendered the page, the panel opens to say what happened (not remembered).
  if (options.flash) state = { ...state, open: true };
  const panel = el(doc, 'section', {
    class: `panel ${floating ? 'floating' : 'inline'}`,
    role: 'region',
    'aria-label': 'tenderlint findings',
  });
  const summary = `tenderlint on ${options.source}: ${summaryText(findings)}`;

  const sheet = el(doc, 'div', { class: 'sheet', id: 'tenderlint-sheet', tabindex: '-1' });
  const chip = el(doc, 'button', {
    type: 'button',
    class: 'chip',
    'aria-expanded': 'false',
    'aria-controls': 'tenderlint-sheet',
  });
  chip.appendChild(brandIcon(doc, 16));
  chip.appendChild(el(doc, 'span', { class: 'brand' }, 'tenderlint'));
  for (const s of SEVERITIES) {
    if (!counts[s]) continue;
    const n = el(doc, 'span', { class: `n sev-${s}` });
    const icon = severityIcon(doc, s, 14);
    icon.setAttribute('class', 'icon');
    n.appendChild(icon);
    n.appendChild(el(doc, 'span', { 'aria-hidden': 'true' }, String(counts[s])));
    chip.appendChild(n);
  }
  if (!findings.length) chip.appendChild(el(doc, 'span', { 'aria-hidden': 'true' }, '0'));
  chip.appendChild(el(doc, 'span', { class: 'sr' }, `: ${summaryText(findings)}. Show the list`));

  const render = () => {
    panel.classList.remove(...DOCKS.map((d) => `dock-${d}`));
    panel.classList.add(`dock-${state.dock}`);
    const open = !floating || state.open;
    sheet.hidden = !open;
    chip.hidden = !floating || open;
    chip.setAttribute('aria-expanded', String(open));
    if (floating) reserveRoom(doc, open ? state.dock : undefined);
    if (dockButton) {
      const next = DOCKS[(DOCKS.indexOf(state.dock) + 1) % DOCKS.length]!;
      dockButton.textContent = `Move to ${next === 'bottom' ? 'the bottom' : `the ${next}`}`;
    }
  };
  const setState = (next: PanelState, focus?: HTMLElement) => {
    state = next;
    options.site?.onState(next);
    render();
    focus?.focus();
  };

  const header = el(doc, 'header');
  const heading = el(doc, 'h2', { class: 'summary' });
  heading.appendChild(brandIcon(doc, 16));
  heading.appendChild(el(doc, 'span', {}, summary));
  header.appendChild(heading);
  let dockButton: HTMLButtonElement | undefined;
  if (floating) {
    const tools = el(doc, 'div', { class: 'tools' });
    dockButton = button(doc, 'Move', 'dock', () =>
      setState({ ...state, dock: DOCKS[(DOCKS.indexOf(state.dock) + 1) % DOCKS.length]! }, dockButton),
    );
    tools.appendChild(dockButton);
    tools.appendChild(
      button(doc, 'Minimise', 'toggle', () => setState({ ...state, open: false }, chip), {
        'aria-controls': 'tenderlint-sheet',
        'aria-expanded': 'true',
      }),
    );
    header.appendChild(tools);
    chip.addEventListener('click', () => setState({ ...state, open: true }, sheet));
  }
  sheet.appendChild(header);

  if (options.flash) {
    const flash = el(doc, 'div', { class: 'flash' });
    flash.appendChild(el(doc, 'p', {}, options.flash.text));
    const undo = options.flash.undo ? button(doc, 'Undo', 'undo', options.flash.undo) : undefined;
    if (undo) flash.appendChild(undo);
    sheet.appendChild(flash);
    setTimeout(() => (undo ?? sheet).focus(), 0);
    setTimeout(() => hooks.announce(options.flash!.text), 300);
  }

  const body = el(doc, 'div', { class: 'body' });
  if (!ordered.length)
    body.appendChild(
      el(doc, 'p', { class: 'none' }, 'No findings. What the rules judged on is listed under “What was read”.'),
    );
  for (const sev of SEVERITIES) {
    const items = ordered.map((t, i) => [t, i] as const).filter(([t]) => t.finding.severity === sev);
    if (!items.length) continue;
    const h = el(doc, 'h3', { class: `sev-${sev}` });
    const icon = severityIcon(doc, sev, 14);
    icon.setAttribute('class', 'icon');
    h.appendChild(icon);
    h.appendChild(el(doc, 'span', {}, `${PLURAL[sev]} (${items.length})`));
    body.appendChild(h);
    const ol = el(doc, 'ol', { 'data-severity': sev });
    for (const [t, i] of items) {
      const li = el(doc, 'li', { 'data-tenderlint-rule': t.finding.ruleId });
      li.appendChild(button(doc, t.finding.title, 'jump', () => hooks.jump(i)));
      li.appendChild(el(doc, 'p', { class: 'msg' }, t.finding.message));
      ol.appendChild(li);
    }
    body.appendChild(ol);
  }
  if (options.dismissed?.count) {
    const p = el(doc, 'p', { class: 'dismissed' }, `${options.dismissed.count} dismissed on this notice. `);
    p.appendChild(button(doc, 'Show them again', 'linkish restore', options.dismissed.restore));
    body.appendChild(p);
  }
  if (options.facts) {
    const details = el(doc, 'details', { class: 'read' });
    details.open = !floating || !ordered.length;
    details.appendChild(el(doc, 'summary', {}, 'What was read'));
    const dl = el(doc, 'dl', { class: 'facts' });
    for (const line of factLines(options.facts)) {
      dl.appendChild(el(doc, 'dt', {}, line.label));
      const dd = el(doc, 'dd', line.found ? {} : { class: 'missing' }, line.value);
      if (line.source) dd.appendChild(el(doc, 'span', { class: 'src' }, ` (${line.source})`));
      dl.appendChild(dd);
    }
    details.appendChild(dl);
    body.appendChild(details);
  }
  for (const n of options.notes ?? []) body.appendChild(el(doc, 'p', { class: 'notes' }, n));
  sheet.appendChild(body);

  const footer = el(doc, 'footer');
  if (floating) {
    const copyAll = button(doc, 'Copy all findings', 'copy-all', () => {
      const text = [summary, '', ...ordered.map((t, i) => `${i + 1}. ${findingText(t.finding)}\n`)].join('\n');
      void copy(doc, root, text).then((ok) => hooks.announce(ok ? 'All findings copied' : 'Could not copy'));
    });
    footer.appendChild(copyAll);
  }
  if (options.exportReport) {
    footer.appendChild(
      button(doc, 'Export findings (JSON)', 'export', () => {
        const { name, json } = options.exportReport!();
        download(doc, name, 'application/json', json);
        hooks.announce(`Saved ${name}`);
      }),
    );
  }
  if (options.site) {
    const site = options.site;
    const off = button(
      doc,
      'Turn off on this site…',
      'disable',
      () => {
        confirm.hidden = false;
        yes.focus();
      },
      { 'aria-expanded': 'false' },
    );
    const confirm = el(doc, 'div', { class: 'confirm', role: 'group', 'aria-labelledby': 'tenderlint-confirm-text' });
    confirm.hidden = true;
    confirm.appendChild(
      el(
        doc,
        'p',
        { id: 'tenderlint-confirm-text' },
        `Turn tenderlint off on ${site.host}? Its pages will not be checked until you turn it back on, here, from the toolbar button or in the options.`,
      ),
    );
    const yes = button(doc, 'Turn off', 'confirm-off danger', () => site.onDisable());
    confirm.appendChild(yes);
    confirm.appendChild(
      button(doc, 'Cancel', 'cancel', () => {
        confirm.hidden = true;
        off.focus();
      }),
    );
    footer.appendChild(off);
    footer.appendChild(confirm);
  }
  if (footer.childElementCount) sheet.appendChild(footer);
  sheet.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && floating && state.open) {
      e.stopPropagation();
      setState({ ...state, open: false }, chip);
    }
  });

  if (floating) {
    panel.appendChild(chip);
    const onResize = () => render();
    doc.defaultView?.addEventListener('resize', onResize);
    onCleanup(doc, () => {
      doc.defaultView?.removeEventListener('resize', onResize);
      reserveRoom(doc, undefined);
    });
  }
  panel.appendChild(sheet);
  panel.appendChild(live);
  render();
  return panel;
}

/** After the site was turned off from this tab: a small bar that says so, with Undo. */
export function offBar(doc: Document, siteHost: string, onUndo: () => void): HTMLElement {
  const { host, root } = shadowHost(doc, true);
  const bar = el(doc, 'section', { class: 'offbar', role: 'region', 'aria-label': 'tenderlint' });
  const text = el(doc, 'p', { role: 'status' }, `tenderlint is off on ${siteHost}.`);
  bar.appendChild(text);
  const undo = button(doc, 'Undo', 'undo', onUndo);
  bar.appendChild(undo);
  bar.appendChild(button(doc, 'Close', 'close', () => host.remove()));
  root.appendChild(bar);
  doc.body.appendChild(host);
  undo.focus();
  return host;
}
