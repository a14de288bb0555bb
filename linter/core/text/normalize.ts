// Mojibake: UTF-8 read as Windows-1252 (or Latin-1) and written back: "Â£" for "£", "â€™" for "’",
// "Ã©" for "é", "â‚¬" for "€". Each run that starts with a UTF-8 lead byte's Windows-1252 character
// and goes on with continuation bytes' characters is turned back into bytes and decoded as UTF-8; a
// run that does not decode stays as it is, so clean text ("Ân", "Ãx") is never touched.

// Windows-1252 characters of the bytes 0x80-0x9f (the rest of 0x80-0xff map to U+0080-U+00FF).
const CP1252_HIGH: Record<string, number> = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u0192': 0x83,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02c6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017d': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02dc': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203a': 0x9b,
  '\u0153': 0x9c,
  '\u017e': 0x9e,
  '\u0178': 0x9f,
};
const CONT =
  '\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178';
// A 2-byte lead (C2-DF) + 1 continuation, a 3-byte lead (E0-EF) + 2, a 4-byte lead (F0-F4) + 3.
export const MOJIBAKE_RUN = new RegExp(
  `[\\u00c2-\\u00df][${CONT}]|[\\u00e0-\\u00ef][${CONT}]{2}|[\\u00f0-\\u00f4][${CONT}]{3}`,
  'g',
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return c;
  return CP1252_HIGH[ch];
}

function undo(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = byteOf(run[i]!);
    if (b === undefined) return run;
    bytes[i] = b;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return run;
  }
}

// Leftovers of a repair elsewhere: a lone "Â" before a (non-breaking) space was the lead byte of U+00A0,
// and "â€" at a word's end lost the 0x9d of a closing quote, which Windows-1252 does not print.
const LEFTOVERS: Array<[RegExp, string]> = [
  [/Â(?=[\u00a0 ])/g, ''],
  [/â€(?=\s|$)/g, '”'],
];

/** Repairs mojibake so "Â£400,000" reads as "£400,000" (twice garbled text too). Leaves clean text unchanged. */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let out = text;
  // Text garbled twice ("Ã‚Â£") comes back in two passes.
  for (let pass = 0; pass < 2; pass++) {
    const next = out.replace(MOJIBAKE_RUN, undo);
    if (next === out) break;
    out = next;
  }
  for (const [re, to] of LEFTOVERS) out = out.replace(re, to);
  return out;
}

/** One space for any run of white space, no leading or trailing space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
