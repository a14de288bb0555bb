import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { FileResult } from '../core/model/report.js';
import { MB } from '../core/limits.js';
import { pseudoFileSystem, readRegularText, UnsafeFile } from './safe-read.js';

export const DEFAULT_CACHE_LOCATION = '.tenderlintcache';

/** Largest cache file read; a bigger one is dropped and rebuilt. */
export const MAX_CACHE_BYTES = 1024 * MB;

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The cache file's shape; each entry is checked when it is used, so one bad entry costs only itself. */
const CacheFile = z.object({ tenderlint: z.string(), files: z.record(z.string(), z.unknown()) });
type CacheFile = z.infer<typeof CacheFile>;
const CacheEntry = z.object({ key: z.string(), results: z.array(FileResult) });

/** A cache location that must not be used (a pipe, a device, a /proc file): the run stops before linting. */
export class CacheError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`--cache-location ${location}: ${message}`);
    this.name = 'CacheError';
  }
}

/**
 * Results of earlier runs, keyed per file on its content, the config that applies to it, the facts
 * from flags, and the tenderlint version: change any of them and the file is linted again. One JSON
 * file; a directory location gets a .tenderlintcache inside it.
 */
export class LintCache {
  private data: CacheFile;
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly version: string,
    readonly shown: string,
  ) {
    this.data = { tenderlint: version, files: {} };
  }

  /** Opens the cache; throws CacheError for a location that is not a regular file (or a new one) on a real file system. */
  static open(location: string, version: string, cwd = process.cwd()): LintCache {
    let file = resolve(cwd, location);
    let shown = location;
    if (/[\\/]$/.test(location) || (existsSync(file) && statSync(file).isDirectory())) {
      file = join(file, DEFAULT_CACHE_LOCATION);
      shown = join(location, DEFAULT_CACHE_LOCATION);
    }
    const cache = new LintCache(file, version, shown);
    // A new file under /proc or /sys cannot be written, and reading one can block: refused up front.
    const pseudo = pseudoFileSystem(existsSync(file) ? file : dirname(file));
    if (pseudo) throw new CacheError(location, `on the ${pseudo} pseudo file system, where a cache cannot live`);
    let text: string;
    try {
      text = readRegularText(file, MAX_CACHE_BYTES);
    } catch (e) {
      if (!(e instanceof UnsafeFile)) throw e;
      if (e.code === 'not-a-file' || e.code === 'pseudo-file') throw new CacheError(location, e.message);
      // No cache yet, one too large, or one that cannot be read: start empty.
      return cache;
    }
    try {
      const data = CacheFile.safeParse(JSON.parse(text));
      // Another version may lint differently: its results are dropped wholesale.
      if (data.success && data.data.tenderlint === version) cache.data = data.data;
    } catch {
      // A damaged cache: start empty.
    }
    return cache;
  }

  /** The key for one file's results. */
  key(contentHash: string, configKey: string, extra: string): string {
    return sha256(`${this.version}\0${configKey}\0${extra}\0${contentHash}`);
  }

  get(absPath: string, key: string): FileResult[] | undefined {
    const raw = this.data.files[absPath];
    const entry = raw === undefined ? undefined : CacheEntry.safeParse(raw);
    if (entry && !entry.success) {
      // Malformed (edited, or written by a bug): dropped, and the file is linted again.
      delete this.data.files[absPath];
      this.dirty = true;
    }
    if (entry?.success && entry.data.key === key) {
      this.hits++;
      return entry.data.results;
    }
    this.misses++;
    return undefined;
  }

  set(absPath: string, key: string, results: FileResult[]): void {
    // A file that could not be read is tried again next time.
    if (results.some((r) => r.error)) {
      if (this.data.files[absPath]) {
        delete this.data.files[absPath];
        this.dirty = true;
      }
      return;
    }
    this.data.files[absPath] = { key, results };
    this.dirty = true;
  }

  /**
   * Writes the cache (dropping entries for files that no longer exist), atomically. A cache that
   * cannot be written costs only the next run's time, so the reason is returned for a warning,
   * never thrown.
   */
  save(): string | undefined {
    for (const path of Object.keys(this.data.files)) {
      if (!existsSync(path)) {
        delete this.data.files[path];
        this.dirty = true;
      }
    }
    if (!this.dirty && existsSync(this.file)) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(this.data));
      renameSync(tmp, this.file);
      this.dirty = false;
      return undefined;
    } catch (e) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Never written.
      }
      const err = e as NodeJS.ErrnoException;
      const why =
        err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
          ? 'permission denied'
          : err.code === 'ENOTDIR'
            ? 'a part of the path is a file, not a directory'
            : err.code === 'ENOSPC'
              ? 'no space left on the device'
              : (err.code ?? err.message);
      return `the cache could not be written to ${this.shown} (${why}); the report is not affected, the next run lints every file again`;
    }
  }
}
