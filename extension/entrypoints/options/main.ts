import { type z } from 'zod';
import { rules } from '../../../rules/index.js';
import type { Config } from '../../../linter/core/config.js';
import { browser, type Browser } from 'wxt/browser';
import { loadSettings, saveConfig, setSiteEnabled } from '../../lib/settings.js';

const rulesBox = document.getElementById('rules')!;
const json = document.getElementById('json') as HTMLTextAreaElement;
const problems = document.getElementById('problems')!;
const saved = document.getElementById('saved')!;

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** One fieldset per rule: its level and its numeric thresholds, with the rule's own defaults shown. */
function renderForm(config: Config) {
  rulesBox.replaceChildren();
  for (const rule of rules) {
    const { id, title, description, severity } = rule.meta;
    const setting = config.rules[id];
    const level = typeof setting === 'string' ? setting : (setting?.severity ?? '');
    const opts = typeof setting === 'object' ? (setting.options ?? {}) : {};
    const fs = make('fieldset', { 'data-rule': id });
    const legend = make('legend', {}, `${title} `);
    legend.appendChild(make('code', {}, id));
    fs.appendChild(legend);
    fs.appendChild(make('p', { class: 'desc' }, description));
    const label = make('label', {}, 'Level ');
    const select = make('select', { name: `${id}.severity`, 'aria-label': `${id} level` });
    select.appendChild(make('option', { value: '' }, `default (${severity})`));
    for (const l of ['error', 'warning', 'info', 'off']) select.appendChild(make('option', { value: l }, l));
    select.value = level;
    label.appendChild(select);
    fs.appendChild(label);
    const defaults = rule.meta.options.parse({});
    const shape = rule.meta.options.shape as Record<string, z.ZodType>;
    for (const [key, def] of Object.entries(defaults)) {
      if (typeof def !== 'number') continue;
      const l = make('label', {}, `${shape[key]?.description ?? key} `);
      const input = make('input', {
        type: 'number',
        name: `${id}.options.${key}`,
        placeholder: String(def),
        step: 'any',
        'aria-label': `${id} ${key}`,
      });
      const v = opts[key];
      if (typeof v === 'number') input.value = String(v);
      l.appendChild(input);
      fs.appendChild(l);
    }
    rulesBox.appendChild(fs);
  }
  json.value = JSON.stringify(config, null, 2);
}

/** The form's state as a config object: only what differs from the defaults. */
function readForm(base: Config): unknown {
  const out: Record<string, unknown> = {};
  for (const fs of Array.from(rulesBox.querySelectorAll<HTMLFieldSetElement>('fieldset[data-rule]'))) {
    const id = fs.dataset.rule!;
    const level = (fs.querySelector('select') as HTMLSelectElement).value;
    const options: Record<string, unknown> = {};
    for (const input of Array.from(fs.querySelectorAll<HTMLInputElement>('input[type=number]'))) {
      // Sent as typed (a number, or the raw text when it is not one) so the schema reports the problem.
      if (input.value.trim() !== '')
        options[input.name.split('.').pop()!] = Number.isFinite(input.valueAsNumber)
          ? input.valueAsNumber
          : input.value;
    }
    if (Object.keys(options).length) out[id] = { ...(level ? { severity: level } : {}), options };
    else if (level) out[id] = level;
  }
  return { ...base, rules: out };
}

/** The sites turned off, each with a way to turn it back on. */
async function renderSites() {
  const { disabledSites } = await loadSettings();
  const list = document.getElementById('sites-list')!;
  list.replaceChildren();
  document.getElementById('sites-none')!.hidden = disabledSites.length > 0;
  for (const host of [...disabledSites].sort()) {
    const li = make('li', { 'data-site': host }, host);
    const b = make('button', { type: 'button' }, 'Turn back on');
    b.addEventListener('click', async () => {
      await setSiteEnabled(host, true);
      document.getElementById('sites-status')!.textContent = `Turned back on for ${host}.`;
    });
    li.appendChild(b);
    list.appendChild(li);
  }
}

async function main() {
  await renderSites();
  browser.storage.onChanged.addListener((changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && changes.disabledSites) void renderSites();
  });
  const { config } = await loadSettings();
  let current: Config = config;
  renderForm(current);
  const show = async (input: unknown) => {
    problems.replaceChildren();
    saved.textContent = '';
    const r = await saveConfig(input);
    if (!r.ok) {
      problems.appendChild(make('p', {}, 'Not saved: the configuration is not valid.'));
      const ul = make('ul');
      for (const p of r.problems) ul.appendChild(make('li', {}, p));
      problems.appendChild(ul);
      return;
    }
    current = (await loadSettings()).config;
    renderForm(current);
    saved.textContent = 'Saved. The next check uses these settings.';
  };
  document.getElementById('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    void show(readForm(current));
  });
  document.getElementById('apply-json')!.addEventListener('click', () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.value);
    } catch (e) {
      problems.replaceChildren(make('p', {}, `Not saved: the JSON does not parse (${(e as Error).message}).`));
      return;
    }
    void show(parsed);
  });
}
void main();
