import { z } from 'zod';
import { browser } from 'wxt/browser';
import { Config } from '../../linter/core/config.js';
import { resolveRules } from '../../linter/core/lint.js';
import { ConfigError } from '../../linter/core/config-error.js';

/** Where the findings panel sits on a page: along an edge of the window. */
export const Dock = z.enum(['right', 'left', 'bottom']);
export type Dock = z.infer<typeof Dock>;

/** The panel's state on one site: opened or left as its count chip, and where it is docked. */
export const PanelState = z.object({ open: z.boolean().default(false), dock: Dock.default('right') });
export type PanelState = z.infer<typeof PanelState>;
export const DEFAULT_PANEL: PanelState = { open: false, dock: 'right' };

/**
 * What the extension keeps in storage.local: the CLI's config (same schema), the sites turned off,
 * the panel's state per site, and the findings dismissed per notice (notice key -> finding keys).
 */
export const Settings = z.object({
  config: Config.default({ rules: {} }),
  disabledSites: z.array(z.string()).default([]),
  panels: z.record(z.string(), PanelState).default({}),
  dismissed: z.record(z.string(), z.array(z.string())).default({}),
});
export type Settings = z.infer<typeof Settings>;

const KEYS = ['config', 'disabledSites', 'panels', 'dismissed'] as const;

/** Stored settings; each stored value that no longer validates is ignored rather than trusted. */
export async function loadSettings(): Promise<Settings> {
  const raw = await browser.storage.local.get([...KEYS]);
  const pick = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value ?? fallback);
    return r.success ? r.data : fallback;
  };
  return {
    config: pick(Config, raw.config, { rules: {} }),
    disabledSites: pick(z.array(z.string()), raw.disabledSites, []),
    panels: pick(z.record(z.string(), PanelState), raw.panels, {}),
    dismissed: pick(z.record(z.string(), z.array(z.string())), raw.dismissed, {}),
  };
}

/** Validates a config exactly as the CLI does (schema, rule ids, rule options) and stores it. */
export async function saveConfig(input: unknown): Promise<{ ok: true } | { ok: false; problems: string[] }> {
  try {
    resolveRules(input);
  } catch (e) {
    if (e instanceof ConfigError) return { ok: false, problems: e.problems };
    throw e;
  }
  await browser.storage.local.set({ config: Config.parse(input) });
  return { ok: true };
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  const next = enabled ? disabledSites.filter((h) => h !== host) : [...new Set([...disabledSites, host])];
  await browser.storage.local.set({ disabledSites: next });
}

/** Sets one rule's level, keeping its options: "turn this rule off" from a card, and its undo. */
export async function setRuleLevel(ruleId: string, level: 'off' | undefined): Promise<void> {
  const { config } = await loadSettings();
  const rules = { ...config.rules };
  const current = rules[ruleId];
  const options = typeof current === 'object' ? current.options : undefined;
  if (level) rules[ruleId] = options ? { severity: level, options } : level;
  else if (options) rules[ruleId] = { options };
  else delete rules[ruleId];
  const r = await saveConfig({ ...config, rules });
  if (!r.ok) throw new Error(r.problems.join('; '));
}

export async function savePanelState(host: string, state: PanelState): Promise<void> {
  const { panels } = await loadSettings();
  await browser.storage.local.set({ panels: { ...panels, [host]: state } });
}

/** Adds or removes finding keys from a notice's dismissed list. */
export async function setDismissed(notice: string, keys: string[], dismissed: boolean): Promise<void> {
  const all = (await loadSettings()).dismissed;
  const now = new Set(all[notice] ?? []);
  for (const k of keys) {
    if (dismissed) now.add(k);
    else now.delete(k);
  }
  const next = { ...all };
  if (now.size) next[notice] = [...now];
  else delete next[notice];
  await browser.storage.local.set({ dismissed: next });
}
