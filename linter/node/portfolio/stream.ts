import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { releaseOfRecord, releasesOf } from '../../core/parse/ocds.js';

/** One item read from an OCDS file: a release (raw JSON, validated later), or a part that could not be read. */
export type OcdsItem = { release: unknown } | { error: { code: string; message: string } };

/** Files up to this size are read whole (fast, and a single release or record can only be read whole). */
export const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;

/**
 * The releases in an OCDS file, one at a time, with bounded memory:
 * - JSON Lines (one release, record or package per line): line by line;
 * - a large release or record package: its "releases" / "records" array element by element, without
 *   holding the package (the package metadata is skipped);
 * - a large top-level array of releases: element by element;
 * - anything else (a small file, a single release or record): parsed whole.
 */
export async function* readOcdsReleases(path: string): AsyncGenerator<OcdsItem> {
  const info = await stat(path);
  const head = await readHead(path, 64 * 1024);
  const byName = /\.(?:jsonl|ndjson)$/i.test(path);
  if (byName || (info.size > WHOLE_FILE_LIMIT && looksLikeJsonLines(head))) {
    yield* jsonLines(path);
    return;
  }
  if (info.size <= WHOLE_FILE_LIMIT) {
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      if (looksLikeJsonLines(text.slice(0, 64 * 1024))) {
        yield* linesOf(text.split(/\r?\n/));
        return;
      }
      yield { error: { code: 'invalid-json', message: `not valid JSON: ${(e as Error).message}` } };
      return;
    }
    const releases = releasesOf(data);
    if (releases.length === 0) yield { error: { code: 'not-ocds', message: 'JSON, but not an OCDS release, record or package (no "ocid", "releases" or "records")' } };
    for (const release of releases) yield { release };
    return;
  }
  let found = 0;
  try {
    for await (const item of scanPackage(path)) {
      found++;
      yield item;
    }
  } catch (e) {
    yield { error: { code: 'invalid-json', message: (e as Error).message } };
    return;
  }
  if (found === 0) yield { error: { code: 'not-ocds', message: 'a large JSON file with no "releases" or "records" array and no top-level array of releases' } };
}

async function readHead(path: string, bytes: number): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await fh.close();
  }
}

/** The first line is a whole JSON object and something follows it: JSON Lines. */
function looksLikeJsonLines(head: string): boolean {
  const nl = head.indexOf('\n');
  if (nl < 0) return false;
  const first = head.slice(0, nl).trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    JSON.parse(first);
    return head.slice(nl).trim().startsWith('{');
  } catch {
    return false;
  }
}

function* linesOf(lines: Iterable<string>, start = 1): Generator<OcdsItem> {
  let n = start - 1;
  for (const line of lines) {
    n++;
    yield* lineItems(line, n);
  }
}

function* lineItems(line: string, n: number): Generator<OcdsItem> {
  const s = line.trim();
  if (!s) return;
  let data: unknown;
  try {
    data = JSON.parse(n === 1 ? s.replace(/^\uFEFF/, '') : s);
  } catch (e) {
    yield { error: { code: 'invalid-json', message: `line ${n}: not valid JSON: ${(e as Error).message}` } };
    return;
  }
  const releases = releasesOf(data);
  if (releases.length === 0) yield { error: { code: 'not-ocds', message: `line ${n}: not an OCDS release, record or package` } };
  for (const release of releases) yield { release };
}

async function* jsonLines(path: string): AsyncGenerator<OcdsItem> {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield* lineItems(line, n);
  }
}

const QUOTE = 34, BACKSLASH = 92, OPEN_OBJ = 123, CLOSE_OBJ = 125, OPEN_ARR = 91, CLOSE_ARR = 93, COLON = 58;

/**
 * A streaming scan of one big JSON value: tracks nesting and strings character by character, and
 * parses each element of the package's "releases" or "records" array (or of a top-level array) on its
 * own as soon as it closes. Only the current element is held in memory.
 */
export async function* scanPackage(path: string): AsyncGenerator<OcdsItem> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let depth = 0;
  let inString = false;
  let escape = false;
  let topIsArray: boolean | undefined;
  // The key being read at depth 1 (the package's own keys), and the last one completed.
  let keyBuf: string[] | undefined;
  let keyStart = 0;
  let lastKey = '';
  let pendingKey = '';
  /** Depth of the array whose elements we parse (-1: none yet); its kind. */
  let arrayDepth = -1;
  let arrayKind: 'releases' | 'records' = 'releases';
  // The element being captured.
  let parts: string[] | undefined;
  let partStart = 0;
  let first = true;

  for await (const raw of stream as AsyncIterable<string>) {
    let chunk = raw;
    if (first) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    if (parts) partStart = 0;
    const len = chunk.length;
    for (let i = 0; i < len; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) {
          inString = false;
          if (keyBuf) {
            keyBuf.push(chunk.slice(keyStart, i));
            lastKey = keyBuf.join('');
            keyBuf = undefined;
          }
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && !parts && topIsArray === false) {
          keyBuf = [];
          keyStart = i + 1;
        }
      } else if (c === COLON) {
        if (depth === 1) pendingKey = lastKey;
      } else if (c === OPEN_OBJ || c === OPEN_ARR) {
        if (topIsArray === undefined) topIsArray = c === OPEN_ARR;
        depth++;
        if (c === OPEN_ARR && depth === 2 && topIsArray === false && (pendingKey === 'releases' || pendingKey === 'records') && arrayDepth < 0) {
          arrayDepth = 2;
          arrayKind = pendingKey;
        } else if (topIsArray && depth === 1 && arrayDepth < 0) {
          arrayDepth = 1;
          arrayKind = 'releases';
        } else if (c === OPEN_OBJ && depth === arrayDepth + 1 && arrayDepth > 0) {
          parts = [];
          partStart = i;
        }
      } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        depth--;
        if (parts && depth === arrayDepth && c === CLOSE_OBJ) {
          parts.push(chunk.slice(partStart, i + 1));
          const text = parts.join('');
          parts = undefined;
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch (e) {
            yield { error: { code: 'invalid-json', message: `an element of "${arrayKind}": ${(e as Error).message}` } };
            continue;
          }
          if (arrayKind === 'records') {
            const rel = releaseOfRecord(data);
            if (rel) yield { release: rel };
          } else if (topIsArray) {
            for (const release of releasesOf(data)) yield { release };
          } else {
            yield { release: data };
          }
        } else if (depth === arrayDepth - 1 && c === CLOSE_ARR) {
          arrayDepth = -1;
        }
      }
    }
    if (parts) parts.push(chunk.slice(partStart));
    if (keyBuf) {
      keyBuf.push(chunk.slice(keyStart));
      keyStart = 0;
    }
  }
  if (depth !== 0 || inString) throw new Error('the JSON ends early (unbalanced brackets or an unterminated string)');
}
