export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  data?: Uint8Array;
  /** Deflated bytes made elsewhere (with `crc` and `size` of what they inflate to). */
  deflated?: Uint8Array;
  crc?: number;
  size?: number;
  /** The uncompressed size the headers claim (default: the real one). */
  declaredSize?: number;
  /** An earlier entry whose data this central entry points at. */
  sameDataAs?: string;
}

export function zip(entries: ZipEntry[]): Buffer;
