import type { Nation } from '../../model/facts.js';

// NUTS 1 regions of the UK (OCDS parties[].address.region holds NUTS codes: "UKM75", "UKL18").
const NUTS: Array<[string, Nation]> = [
  ['UKM', 'scotland'],
  ['UKL', 'wales'],
  ['UKN', 'northern-ireland'],
];

// Postcode areas wholly in Scotland, Wales or Northern Ireland. Areas that straddle a border
// (TD, LL's English edge, SY, HR, CH, NP's edge) are left out: they cannot say on their own.
const POSTCODE_AREAS: Record<string, Nation> = {
  AB: 'scotland',
  DD: 'scotland',
  DG: 'scotland',
  EH: 'scotland',
  FK: 'scotland',
  G: 'scotland',
  HS: 'scotland',
  IV: 'scotland',
  KA: 'scotland',
  KW: 'scotland',
  KY: 'scotland',
  ML: 'scotland',
  PA: 'scotland',
  PH: 'scotland',
  ZE: 'scotland',
  CF: 'wales',
  LD: 'wales',
  SA: 'wales',
  LL: 'wales',
  NP: 'wales',
  BT: 'northern-ireland',
};

const STRADDLING = new Set(['TD', 'SY', 'HR', 'CH', 'GL', 'NP']);

const COUNTRY: Array<[RegExp, Nation]> = [
  [/^scotland$/i, 'scotland'],
  [/^wales$|^cymru$/i, 'wales'],
  [/^northern ireland$/i, 'northern-ireland'],
  [/^england$/i, 'england'],
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

// Words in a buyer's name or address that say which nation it is in. Real places and bodies only.
const PLACES: Array<[RegExp, Nation]> = [
  [
    /\bScotland\b|\bScottish\b|\bAlba\b|\b(?:Edinburgh|Glasgow|Aberdeen(?:shire)?|Dundee|Inverness|Stirling|Fife|Lothian|Lanarkshire|Ayrshire|Highland|Moray|Falkirk|Renfrewshire|Dunbartonshire|Argyll|Angus|Clackmannanshire|Perth and Kinross|Dumfries|Galloway|Orkney|Shetland|Eilean Siar|Inverclyde)\b/,
    'scotland',
  ],
  [
    /\bWales\b|\bWelsh\b|\bCymru\b|\bCymraeg\b|\b(?:Cyngor|Ysgol|Bwrdd Iechyd|Llywodraeth|Gwasanaeth|Prifysgol)\b|\bCounty Borough Council\b|\b(?:Cardiff|Caerdydd|Swansea|Abertawe|Wrexham|Gwynedd|Powys|Ceredigion|Carmarthenshire|Pembrokeshire|Conwy|Denbighshire|Flintshire|Anglesey|Ynys Môn|Rhondda|Merthyr|Caerphilly|Torfaen|Monmouthshire|Bridgend|Neath|Glamorgan|Blaenau Gwent|Hywel Dda|Betsi Cadwaladr|Aneurin Bevan|Cwm Taf)\b/,
    'wales',
  ],
  [
    /\bNorthern Ireland\b|\bUlster\b|\bLough\b|\b(?:Belfast|Antrim|Armagh|Fermanagh|Tyrone|Londonderry|Derry|Newry|Mourne|Lisburn|Omagh|Enniskillen|Ballymena|Coleraine|Craigavon|Banbridge|Strabane|Newtownabbey|Castlereagh|Causeway Coast)\b|\beTendersNI\b|\bHealth and Social Care Trust\b/,
    'northern-ireland',
  ],
];
// Law and portals that only one nation uses.
const LAW: Array<[RegExp, Nation]> = [
  [
    /\bPublic Contracts \(Scotland\) Regulations\b|\bProcurement Reform \(Scotland\) Act\b|\bPublic Contracts Scotland\b|\bpubliccontractsscotland\b/i,
    'scotland',
  ],
  [
    /\bSell2Wales\b|\bWell-being of Future Generations \(Wales\)\b|\bSocial Partnership and Public Procurement \(Wales\)\b|\bProcurement \(Wales\) Regulations\b/i,
    'wales',
  ],
  [
    /\beTendersNI\b|\bConstruction and Procurement Delivery\b|\bNorthern Ireland Public Procurement Policy\b/i,
    'northern-ireland',
  ],
];
const POSTCODE = /\b([A-Z]{1,2})\d{1,2}[A-Z]?\s?\d[A-Z]{2}\b/g;
// Phrases that name a nation without placing the buyer in it ("High Court of England and Wales").
// A list of nations says where a service runs ("Lot 3: Scotland, Wales and Northern Ireland"), not where the buyer is.
const NOT_PLACE =
  /\bEngland and Wales\b|\bEngland & Wales\b|\bUK(?:-wide)?\b|\b(?:England|Scotland|Wales|Northern Ireland)(?:(?:,\s*|\s+(?:and|&|or)\s+)(?:England|Scotland|Wales|Northern Ireland))+\b/g;

export interface NationRead {
  nation: Nation;
  basis: string;
}

/**
 * Where the buyer is: its kind (a Welsh health board), its name and address ("Lough Neagh",
 * "EH1 1HT"), then the law and portals the document names. A document that names its buyer and
 * says nothing else is English, as most UK tenders are.
 */
export function nationOf(input: {
  name?: string | undefined;
  kindNation?: Nation | undefined;
  top: readonly string[];
  whole: string;
}): NationRead {
  if (input.kindNation) return { nation: input.kindNation, basis: 'the kind of buyer' };
  const place = (text: string): Nation | undefined => {
    const t = text.replace(NOT_PLACE, ' ');
    for (const [re, n] of PLACES) if (re.test(t)) return n;
    for (const m of t.matchAll(POSTCODE)) {
      const n = nationOfPostcode(m[0]);
      if (n) return n;
    }
    return undefined;
  };
  const byName = input.name ? place(input.name) : undefined;
  if (byName) return { nation: byName, basis: `the buyer's name, ${input.name}` };
  for (const [re, n] of LAW)
    if (re.test(input.whole)) return { nation: n, basis: `the document cites ${re.exec(input.whole)![0]}` };
  const byTop = input.name ? place(input.top.join('\n')) : undefined;
  if (byTop) return { nation: byTop, basis: "the buyer's address or title block" };
  if (input.name) return { nation: 'england', basis: 'nothing in the document places the buyer outside England' };
  return { nation: 'unknown', basis: 'no buyer named' };
}
