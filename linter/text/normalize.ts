// Mojibake: UTF-8 read as Windows-1252 and written back ("Â£" for "£", "â€™" for "’").
const MOJIBAKE: Array<[RegExp, string]> = [
  [/Â£/g, '£'],
  [/â€™/g, '’'],
  [/â€˜/g, '‘'],
  [/â€œ/g, '“'],
  [/â€\u009d|â€\u201d/g, '”'],
  [/â€“/g, '–'],
  [/â€”/g, '—'],
  [/â€¦/g, '…'],
  [/â€¢/g, '•'],
  [/Â(?=[\u00a0 ])/g, ''],
  [/Ã©/g, 'é'],
];

/** Repairs common mojibake so "Â£400,000" reads as "£400,000". Leaves clean text unchanged. */
export function repairMojibake(text: string): string {
  if (!/[ÂÃâ]/.test(text)) return text;
  let out = text;
  for (const [re, to] of MOJIBAKE) out = out.replace(re, to);
  return out;
}

/** One space for any run of white space, no leading or trailing space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
