import type { Nation } from '../../model/facts.js';

// NUTS 1 regions of the UK (OCDS parties[].address.region holds NUTS codes: "UKM75", "UKL18").
const NUTS: Array<[string, Nation]> = [['UKM', 'scotland'], ['UKL', 'wales'], ['UKN', 'northern-ireland']];

// Postcode areas wholly in Scotland, Wales or Northern Ireland. Areas that straddle a border
// (TD, LL's English edge, SY, HR, CH, NP's edge) are left out: they cannot say on their own.
const POSTCODE_AREAS: Record<string, Nation> = {
  AB: 'scotland', DD: 'scotland', DG: 'scotland', EH: 'scotland', FK: 'scotland', G: 'scotland', HS: 'scotland',
  IV: 'scotland', KA: 'scotland', KW: 'scotland', KY: 'scotland', ML: 'scotland', PA: 'scotland', PH: 'scotland', ZE: 'scotland',
  CF: 'wales', LD: 'wales', SA: 'wales', LL: 'wales', NP: 'wales',
  BT: 'northern-ireland',
};

const STRADDLING = new Set(['TD', 'SY', 'HR', 'CH', 'GL', 'NP']);

const COUNTRY: Array<[RegExp, Nation]> = [
  [/^scotland$/i, 'scotland'], [/^wales$|^cymru$/i, 'wales'], [/^northern ireland$/i, 'northern-ireland'], [/^england$/i, 'england'],
];

export interface Address {
  region?: string | null | undefined;
  countryName?: string | null | undefined;
  postalCode?: string | null | undefined;
}

/** The nation of an address: its NUTS region, its country name, else its postcode area. */
export function nationOfAddress(a: Address): Nation {
  const region = a.region?.trim().toUpperCase() ?? '';
  if (/^UK[C-N]/.test(region)) return NUTS.find(([p]) => region.startsWith(p))?.[1] ?? 'england';
  const country = a.countryName?.trim() ?? '';
  for (const [re, n] of COUNTRY) if (re.test(country)) return n;
  const area = /^([A-Z]{1,2})\d/.exec(a.postalCode?.trim().toUpperCase() ?? '')?.[1];
  if (area && POSTCODE_AREAS[area]) return POSTCODE_AREAS[area];
  // Any other UK postcode area is English, except those that straddle a border.
  if (area && !STRADDLING.has(area) && /^(?:UK|United Kingdom|GB|Great Britain)$/i.test(country)) return 'england';
  return 'unknown';
}

/** The nation of a postcode written in text ("EH1 1HT"), when its area lies wholly in one nation. */
export function nationOfPostcode(postcode: string): Nation | undefined {
  const area = /^([A-Z]{1,2})\d/.exec(postcode.trim().toUpperCase())?.[1];
  return area ? POSTCODE_AREAS[area] : undefined;
}
