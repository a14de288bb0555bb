import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { JSONParser } from '@streamparser/json';
import { releaseOfRecord, releasesOf } from '../../core/parse/ocds.js';

/** One item read from an OCDS file: a release (raw JSON, validated later), or a part that could not be read. */
export type OcdsItem = { release: unknown } | { error: { code: string; message: string } };

/** Files up to this size are read whole (fast, and a single release or record can only be read whole). */
export const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;

/**
 * The releases in an OCDS file, one at a time, with bounded memory:
 * - JSON Lines (one release, record or package per line): line by line;
 * - a large release or record package: its "releases" / "records" array element by element, without
 *   holding the package (the package metadata is skipped), by a streaming JSON parser;
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
    if (releases.length === 0)
      yield {
        error: {
          code: 'not-ocds',
          message: 'JSON, but not an OCDS release, record or package (no "ocid", "releases" or "records")',
        },
      };
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
  if (found === 0)
    yield {
      error: {
        code: 'not-ocds',
        message: 'a large JSON file with no "releases" or "records" array and no top-level array of releases',
      },
    };
}

async function readHead(path: string, bytes: number): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
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
  if (releases.length === 0)
    yield { error: { code: 'not-ocds', message: `line ${n}: not an OCDS release, record or package` } };
  for (const release of releases) yield { release };
}

async function* jsonLines(path: string): AsyncGenerator<OcdsItem> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield* lineItems(line, n);
  }
}

/**
 * One big JSON value read as a stream (@streamparser/json): each element of the package's
 * "releases" or "records" array, or of a top-level array, is emitted as soon as it closes, and the
 * parser keeps no stack of what it has emitted, so only the current element is held in memory.
 */
export async function* scanPackage(path: string): AsyncGenerator<OcdsItem> {
  const head = await readHead(path, 4096);
  const topIsArray = head.trimStart().startsWith('[');
  const parser = new JSONParser({ paths: topIsArray ? ['$.*'] : ['$.releases.*', '$.records.*'], keepStack: false });
  const ready: OcdsItem[] = [];
  parser.onValue = ({ value, stack }) => {
    // $.releases.* and $.records.* are depth 2; keep only those (a nested "releases" is a release's own field).
    if (!topIsArray && stack.length !== 2) return;
    const kind = topIsArray ? 'releases' : stack[1]?.key === 'records' ? 'records' : 'releases';
    if (kind === 'records') {
      const rel = releaseOfRecord(value);
      if (rel) ready.push({ release: rel });
    } else if (topIsArray) {
      for (const release of releasesOf(value)) ready.push({ release });
    } else ready.push({ release: value });
  };
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let first = true;
  for await (const raw of stream as AsyncIterable<Buffer>) {
    // A byte-order mark is not JSON; the parser would stop at it.
    const chunk = first && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
    first = false;
    if (parser.isEnded) break;
    try {
      parser.write(chunk);
    } catch (e) {
      yield* ready.splice(0);
      throw new Error(`not valid JSON: ${(e as Error).message}`);
    }
    yield* ready.splice(0);
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch {
      throw new Error('the JSON ends early (unbalanced brackets or an unterminated string)');
    }
  }
  yield* ready.splice(0);
}
