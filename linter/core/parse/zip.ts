import { ParseError } from './errors.js';
import { formatBytes, type Limits } from '../limits.js';
import { readStreamCapped } from './read-capped.js';

/**
 * A small zip reader over the bytes, enough to size a DOCX up before mammoth reads it: the central
 * directory's declared sizes first, then each entry inflated up to its declared size and counted, so
 * a zip bomb is refused whether or not it tells the truth about its sizes. The inflated XML parts are
 * what mammoth then reads, so the DOCX is inflated once. No dependency: Node's zlib, or
 * DecompressionStream in the browsers the extension supports.
 * Not fflate's unzipSync (tried with 0.8): it inflates every entry into memory first (4.3 GB for
 * fixtures/broken/zip-bomb.docx), cuts an entry that inflates past its declared size short without
 * an error (zip-bomb-lying.docx read as 1,178 bytes), and says only "invalid zip data" of a
 * truncated or encrypted file; the checks below would all still be needed around it.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(detail: string): ParseError {
  return new ParseError('corrupt-docx', `not a readable DOCX (the zip container is damaged or incomplete): ${detail}`);
}

/** The central directory's entries. Throws ParseError('corrupt-docx') when the zip structure is broken or truncated. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Infinity): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => {
    const n = Number(view.getBigUint64(at, true));
    if (!Number.isSafeInteger(n)) throw corrupt('a zip64 size or offset is out of range');
    return n;
  };
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end-of-central-directory record, so the file was probably cut short');
  let count = u16(eocd + 10);
  let cdSize = u32(eocd + 12);
  let cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(loc) !== ZIP64_LOCATOR) throw corrupt('zip64 sizes without a zip64 locator');
    const z = u64(loc + 8);
    if (z + 56 > bytes.length || u32(z) !== ZIP64_EOCD) throw corrupt('the zip64 directory record is missing');
    count = u64(z + 32);
    cdSize = u64(z + 40);
    cdOffset = u64(z + 48);
  }
  if (count > maxEntries) {
    throw new ParseError('docx-too-large', `the DOCX zip holds ${count} entries, more than the limit of ${maxEntries}`);
  }
  if (cdOffset + cdSize > bytes.length)
    throw corrupt('the central directory lies past the end of the file (truncated download?)');
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL)
      throw corrupt(`central directory entry ${i + 1} of ${count} is damaged`);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLen = u16(at + 28);
    const extraLen = u16(at + 30);
    const commentLen = u16(at + 32);
    let localHeaderOffset = u32(at + 42);
    if (at + 46 + nameLen + extraLen + commentLen > bytes.length)
      throw corrupt(`central directory entry ${i + 1} runs past the end of the file`);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // Zip64 extended information: the 0xffffffff fields, in order, as 8-byte values.
    let x = at + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(x);
      const size = u16(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        const take = () => {
          if (p + 8 > x + 4 + size) throw corrupt(`entry "${name}" has a short zip64 field`);
          const v = u64(p);
          p += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      x += 4 + size;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  // The end record's count must account for the whole directory: one that counts fewer hides
  // entries from this check that another reader (JSZip in mammoth) would still see.
  if (at !== cdOffset + cdSize) {
    throw corrupt(
      `the zip says it holds ${count} entr${count === 1 ? 'y' : 'ies'}, but its directory (${cdSize} bytes) holds ${at < cdOffset + cdSize ? 'more' : 'fewer'} (damaged, or built to mislead a reader)`,
    );
  }
  return entries;
}

/** Where an entry's compressed bytes start, from its local header. */
function dataStart(bytes: Uint8Array, e: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw corrupt(`the local header of "${e.name}" is missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length)
    throw corrupt(`"${e.name}" runs past the end of the file (truncated download?)`);
  return start;
}

/** Inflates raw deflate data; undefined once the output passes `cap` bytes (none of it is kept past that). */
type InflateRaw = (data: Uint8Array, cap: number) => Promise<Uint8Array | undefined>;

/** The browser's inflater (the extension's draft checker), chunk by chunk so a bomb stops at the cap. */
async function inflateWeb(data: Uint8Array, cap: number): Promise<Uint8Array | undefined> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // Errors surface through the reader; the writer's own promises are not awaited.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return readStreamCapped(reader, cap);
}

type Zlib = typeof import('node:zlib');

/**
 * Node's zlib, reached at run time so the extension's bundler never sees a Node import. Several
 * times faster than DecompressionStream on a DOCX's many small parts (web streams cost per chunk).
 */
function nodeZlib(): Zlib | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return p?.getBuiltinModule?.('node:zlib') as Zlib | undefined;
}

const zlib = nodeZlib();

const inflateRaw: InflateRaw = zlib
  ? async (data, cap) => {
      try {
        // maxOutputLength stops inflating at the cap instead of filling memory first.
        const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
        return out.byteLength > cap ? undefined : new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
        throw e;
      }
    }
  : inflateWeb;

/** An opened DOCX: its XML parts inflated once, for mammoth to read instead of inflating them again with JSZip. */
export interface DocxZip {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  /** mammoth calls these only to embed a style map in the file, which tenderlint never does. */
  write(name: string, contents: unknown): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** The parts mammoth reads: the XML and relationships. Media are sized and dropped (images are never read). */
const KEPT = /\.(xml|rels)$/i;

const DOCTYPE = [0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45]; // DOCTYPE

/** Whether XML bytes hold "<!DOCTYPE" (any case) anywhere: a byte scan, as parts can be hundreds of MB. */
export function hasDoctype(data: Uint8Array): boolean {
  for (let i = data.indexOf(0x3c); i >= 0 && i + 9 <= data.length; i = data.indexOf(0x3c, i + 1)) {
    if (data[i + 1] !== 0x21) continue;
    let k = 0;
    while (k < DOCTYPE.length && (data[i + 2 + k]! & 0xdf) === DOCTYPE[k]) k++;
    if (k === DOCTYPE.length) return true;
  }
  return false;
}

/** What kind of file a zip that is not a Word document is, to say so. */
function describeZip(names: Set<string>): string | undefined {
  if (names.has('xl/workbook.xml')) return 'an Excel workbook (.xlsx), not a Word document';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx), not a Word document';
  if (names.has('content.xml') && names.has('mimetype'))
    return 'an OpenDocument file (.odt/.ods): save it as .docx or PDF';
  if (!names.has('[Content_Types].xml'))
    return 'a zip archive, not a Word document (it has no [Content_Types].xml); unzip it and lint the files inside';
  return undefined;
}

/**
 * Refuses a DOCX zip that is not a Word document, is encrypted, or inflates past the limit, checking
 * the declared sizes before inflating anything and the real ones while inflating. Throws ParseError;
 * otherwise returns the zip with its XML parts inflated, in the shape mammoth's `file` input takes.
 */
export async function openDocxZip(
  bytes: Uint8Array,
  limits: Pick<Limits, 'maxDocxUncompressed' | 'maxZipEntries'>,
): Promise<DocxZip> {
  const entries = readZipDirectory(bytes, limits.maxZipEntries);
  const names = new Set<string>();
  for (const e of entries) {
    // Readers disagree on which of two same-named parts they use (mammoth took the last): refused.
    if (names.has(e.name))
      throw new ParseError(
        'corrupt-docx',
        `not a readable DOCX: the zip holds two entries named "${e.name}", so which one Word would show is not known`,
      );
    names.add(e.name);
  }
  const other = describeZip(names);
  if (other) throw new ParseError('not-docx', `the file is ${other}`);
  const declared = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  const limit = limits.maxDocxUncompressed;
  if (declared > limit) {
    throw new ParseError(
      'docx-too-large',
      `the DOCX would inflate to ${formatBytes(declared)}, more than the limit of ${formatBytes(limit)} (a zip bomb, or raise it with --max-docx-uncompressed); refused before inflating`,
    );
  }
  const parts = new Map<string, Uint8Array>();
  const byName = new Map<string, { entry: ZipEntry; start: number }>();
  let total = 0;
  for (const e of entries) {
    if (e.flags & 0x1)
      throw new ParseError(
        'docx-encrypted',
        `the DOCX is encrypted ("${e.name}"); save an unprotected copy to lint it`,
      );
    if (e.name.endsWith('/') && e.uncompressedSize === 0) continue;
    const start = dataStart(bytes, e);
    byName.set(e.name, { entry: e, start });
    const cap = Math.min(e.uncompressedSize, limit - total);
    let data: Uint8Array | undefined;
    if (e.method === 0) data = e.compressedSize > cap ? undefined : bytes.subarray(start, start + e.compressedSize);
    else if (e.method === 8) {
      try {
        data = await inflateRaw(bytes.subarray(start, start + e.compressedSize), cap);
      } catch (err) {
        throw corrupt(`"${e.name}" does not inflate (${(err as Error).message || 'bad deflate data'})`);
      }
    } else
      throw new ParseError(
        'corrupt-docx',
        `"${e.name}" uses zip compression method ${e.method}, which Word does not write; re-save the file from Word`,
      );
    if (data === undefined) {
      if (cap < e.uncompressedSize) {
        throw new ParseError(
          'docx-too-large',
          `the DOCX inflates to more than the limit of ${formatBytes(limit)} (a zip bomb, or raise it with --max-docx-uncompressed); refused while sizing "${e.name}"`,
        );
      }
      throw new ParseError(
        'corrupt-docx',
        `not a readable DOCX: "${e.name}" inflates to more than the ${formatBytes(e.uncompressedSize)} its zip header declares (damaged, or a zip bomb)`,
      );
    }
    total += data.byteLength;
    if (KEPT.test(e.name)) {
      if (hasDoctype(data)) {
        throw new ParseError(
          'corrupt-docx',
          `not a readable DOCX: "${e.name}" has a DOCTYPE (entity declarations, as in XXE and "billion laughs" files), which Word never writes; refused`,
        );
      }
      parts.set(e.name, data);
    }
  }
  const bytesOf = async (name: string): Promise<Uint8Array> => {
    const kept = parts.get(name);
    if (kept) return kept;
    const at = byName.get(name);
    if (!at) throw new Error(`the DOCX has no part "${name}"`);
    if (at.entry.method === 0) return bytes.subarray(at.start, at.start + at.entry.compressedSize);
    // Sized above, so within the limit.
    return (await inflateRaw(bytes.subarray(at.start, at.start + at.entry.compressedSize), at.entry.uncompressedSize))!;
  };
  return {
    exists: (name) => byName.has(name),
    async read(name, encoding) {
      const data = await bytesOf(name);
      if (!encoding) return data;
      if (encoding === 'base64') {
        let bin = '';
        for (let i = 0; i < data.length; i += 0x8000) bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
        return btoa(bin);
      }
      return new TextDecoder(encoding).decode(data);
    },
    write() {
      throw new Error('tenderlint opens DOCX files read-only');
    },
    toArrayBuffer() {
      return Promise.reject(new Error('tenderlint opens DOCX files read-only'));
    },
  };
}
