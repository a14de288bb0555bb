import { existsSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../core/config-error.js';
import { Config, describeIssues, type RuleSetting } from '../core/config.js';
import type { StatedFacts } from '../core/model/facts.js';
import { PRESETS, PRESET_NAMES } from '../core/presets.js';
import { compileGlob, GlobError } from './ignore.js';
import { MAX_CONFIG_BYTES, MAX_EXTENDS_DEPTH } from '../core/limits.js';
import { describeJsonError, readRegularText, UnsafeFile } from './safe-read.js';
import { ONCE } from '../core/parse-once.js';

export const CONFIG_NAME = 'tenderlint.config.json';

/**
 * A config file's text: only a regular file within MAX_CONFIG_BYTES is read (a device, pipe or /proc
 * file met on the way up from a linted file could fill memory or block). `key` says what named the
 * file ("extends[0]"), for the message.
 */
function readConfigText(file: string, named?: { by: string; key: string; entry: string }): string {
  try {
    return readRegularText(file, MAX_CONFIG_BYTES);
  } catch (e) {
    if (!(e instanceof UnsafeFile)) throw e;
    if (named) throw new ConfigError([`${named.key}: "${named.entry}" cannot be read: ${e.message}`], named.by);
    throw new ConfigError([`cannot read: ${e.message}`], file);
  }
}

/** A package.json that carries a "tenderlint" key counts as a config file; one that is not JSON does not. */
function packageHasConfig(file: string): boolean {
  const text = readConfigText(file);
  try {
    const pkg = JSON.parse(text) as unknown;
    return typeof pkg === 'object' && pkg !== null && 'tenderlint' in pkg;
  } catch {
    return false;
  }
}

/**
 * The nearest tenderlint.config.json (or package.json with a "tenderlint" key) from `dir` upward.
 * Not lilconfig: its search reads every candidate with fs.readFileSync before any loader runs, so a
 * FIFO named tenderlint.config.json hangs the run and a link to /dev/zero fills memory (tried with
 * lilconfig 3.1.5; test/hostile/config-files.test.ts has both cases). Reading goes through
 * readRegularText, which refuses both.
 */
export function findConfig(dir: string): string | undefined {
  let cur = resolve(dir);
  for (;;) {
    const candidate = join(cur, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const pkg = join(cur, 'package.json');
    if (existsSync(pkg) && packageHasConfig(pkg)) return pkg;
    const up = dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
}

/**
 * Reads a config file as JSON (for package.json, its "tenderlint" key); its schema is checked when it
 * is loaded. `named` is the config and key that pointed here (an `extends` entry), for messages.
 */
export function readConfig(file: string, named?: { by: string; key: string; entry: string }): unknown {
  const text = readConfigText(file, named);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Never V8's message: it quotes the text, and `extends: "/etc/passwd"` would print that file.
    throw new ConfigError([`not valid JSON: ${describeJsonError(e, text)}`], file);
  }
  if (basename(file) === 'package.json') return (data as { tenderlint?: unknown } | null)?.tenderlint ?? {};
  return data;
}

/** A config with presets and overrides applied: what one file is linted with. */
export interface FlatConfig {
  rules: Record<string, RuleSetting>;
  facts?: StatedFacts;
}

interface LoadedOverride {
  match: (absFile: string) => boolean;
  rules: Record<string, RuleSetting>;
  facts?: StatedFacts;
}

export interface LoadedConfig {
  file?: string;
  base: FlatConfig;
  overrides: LoadedOverride[];
}

/** Later settings win; a bare level keeps the options set earlier (as in ESLint). */
export function mergeRules(
  a: Record<string, RuleSetting>,
  b: Record<string, RuleSetting>,
): Record<string, RuleSetting> {
  const out = { ...a };
  for (const [id, setting] of Object.entries(b)) {
    const prev = out[id];
    if (typeof prev === 'object' && typeof setting === 'string') out[id] = { ...prev, severity: setting };
    else if (typeof prev === 'object' && typeof setting === 'object') {
      out[id] = { severity: setting.severity ?? prev.severity, options: { ...prev.options, ...setting.options } };
    } else out[id] = setting;
  }
  return out;
}

function mergeFlat(a: FlatConfig, b: { rules?: Record<string, RuleSetting>; facts?: StatedFacts }): FlatConfig {
  const facts = a.facts || b.facts ? { ...a.facts, ...b.facts } : undefined;
  return { rules: mergeRules(a.rules, b.rules ?? {}), ...(facts ? { facts } : {}) };
}

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/**
 * Validates a config and resolves its `extends` chain (presets or relative files) into one base
 * config plus its overrides. `dir` is where relative paths and override globs start.
 */
export function loadConfig(
  input: unknown,
  file: string | undefined,
  dir: string,
  chain: string[] = [],
  loaded: Map<string, LoadedConfig> = new Map(),
): LoadedConfig {
  const parsed = Config.safeParse(input, ONCE);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error), file);
  const config = parsed.data;
  let base: FlatConfig = { rules: {} };
  const overrides: LoadedOverride[] = [];
  const extendsList =
    config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  extendsList.forEach((entry, i) => {
    const key = Array.isArray(config.extends) ? `extends.${i}` : 'extends';
    let from: LoadedConfig;
    if (entry.startsWith('tenderlint:')) {
      const preset = PRESETS[entry];
      if (!preset) throw new ConfigError([`${key}: no preset "${entry}" (${PRESET_NAMES.join(', ')})`], file);
      from = loadConfig(preset(), file, dir, chain, loaded);
    } else {
      const target = isAbsolute(entry) ? entry : resolve(dir, entry);
      if (chain.includes(target))
        throw new ConfigError([`${key}: "${entry}" extends itself (${[...chain, target].join(' -> ')})`], file);
      if (chain.length >= MAX_EXTENDS_DEPTH)
        throw new ConfigError(
          [`${key}: "${entry}" is more than ${MAX_EXTENDS_DEPTH} configs deep in an extends chain; not followed`],
          file,
        );
      if (!existsSync(target))
        throw new ConfigError(
          [`${key}: no file "${entry}" (expected a preset, ${PRESET_NAMES.join(', ')}, or a config file path)`],
          file,
        );
      // A config named twice (a diamond, or the same file listed over and over) is read once:
      // without this, files that each extend the next twice cost 2^n reads.
      let hit = loaded.get(target);
      if (!hit) {
        hit = loadConfig(
          readConfig(target, { by: file ?? '(config)', key, entry }),
          target,
          dirname(target),
          [...chain, ...(file && !chain.includes(file) ? [file] : []), target],
          loaded,
        );
        loaded.set(target, hit);
      }
      from = hit;
    }
    base = mergeFlat(base, from.base);
    overrides.push(...from.overrides);
  });
  base = mergeFlat(base, config);
  (config.overrides ?? []).forEach((o, i) => {
    const compile = (list: string[], key: string) =>
      list.map((glob, j) => {
        try {
          return compileGlob(glob);
        } catch (e) {
          if (e instanceof GlobError) throw new ConfigError([`overrides.${i}.${key}.${j}: ${e.message}`], file);
          throw e;
        }
      });
    const include = compile(o.files, 'files');
    const exclude = compile(o.excludedFiles ?? [], 'excludedFiles');
    overrides.push({
      match: (abs) => {
        const rel = toPosix(relative(dir, abs));
        if (!rel || rel.startsWith('../../') || isAbsolute(rel)) return false;
        return include.some((m) => m(rel)) && !exclude.some((m) => m(rel));
      },
      rules: o.rules ?? {},
      ...(o.facts ? { facts: o.facts } : {}),
    });
  });
  return { ...(file ? { file } : {}), base, overrides };
}

export interface ResolverOptions {
  /** A config object used for every file (the API, the extension); overrides match from `cwd` or its file's directory. */
  config?: unknown;
  /** The config file to use for every file (--config), or where `config` came from. */
  configFile?: string;
  /** Look for the nearest config upward from each linted file (the CLI default). */
  discover?: boolean;
  /** --rule flags: applied last, over every config. */
  ruleFlags?: Record<string, RuleSetting>;
  cwd?: string;
}

export interface FileConfig {
  config: FlatConfig;
  /** The flat config as stable JSON: the cache key and the memo key for resolved rules. */
  key: string;
  file?: string;
}

/** Which config applies to each file: the given one, or the nearest upward; presets and overrides applied. */
export class ConfigResolver {
  private fixed?: LoadedConfig;
  private byDir = new Map<string, LoadedConfig>();
  private byFile = new Map<string, LoadedConfig>();

  constructor(private readonly options: ResolverOptions = {}) {
    const cwd = options.cwd ?? process.cwd();
    if (options.config !== undefined) {
      this.fixed = loadConfig(
        options.config,
        options.configFile,
        options.configFile ? dirname(resolve(cwd, options.configFile)) : cwd,
      );
    } else if (options.configFile) {
      const file = resolve(cwd, options.configFile);
      this.fixed = loadConfig(readConfig(file), options.configFile, dirname(file));
    } else if (!options.discover) {
      this.fixed = loadConfig({}, undefined, cwd);
    }
  }

  private loadedFor(absFile: string): LoadedConfig {
    if (this.fixed) return this.fixed;
    const dir = dirname(absFile);
    let loaded = this.byDir.get(dir);
    if (!loaded) {
      const file = findConfig(dir);
      loaded = file ? this.byFile.get(file) : undefined;
      if (!loaded) {
        loaded = file
          ? loadConfig(readConfig(file), file, dirname(file))
          : loadConfig({}, undefined, this.options.cwd ?? process.cwd());
        if (file) this.byFile.set(file, loaded);
      }
      this.byDir.set(dir, loaded);
    }
    return loaded;
  }

  forFile(absFile: string): FileConfig {
    const loaded = this.loadedFor(absFile);
    let config = loaded.base;
    for (const o of loaded.overrides) if (o.match(absFile)) config = mergeFlat(config, o);
    if (this.options.ruleFlags) config = mergeFlat(config, { rules: this.options.ruleFlags });
    return { config, key: JSON.stringify(config), ...(loaded.file ? { file: loaded.file } : {}) };
  }
}
