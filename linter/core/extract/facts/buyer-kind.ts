import type { AuthorityType, BuyerKind, Nation } from '../../model/facts.js';

/**
 * What kind of body a buyer is, from words in its name. First match wins, so the specific lines
 * ("NHS Supply Chain", "Welsh Government") come before the general ones ("NHS", "Council").
 * `nation` is set when the words alone say where the buyer is.
 */
const KINDS: Array<{ re: RegExp; kind: BuyerKind; nation?: Nation; says: string }> = [
  {
    re: /\bNHS Supply Chain\b|\bCrown Commercial Service\b|\bCabinet Office\b|\bHM (?:Treasury|Revenue|Prison|Courts|Land Registry)\b|\bHis Majesty[’']s\b|\bMinistry of\b|\bDepartment (?:for|of)\b|\bNHS Business Services Authority\b|\bGovernment (?:Digital Service|Property Agency|Legal Department)\b|\bUK Health Security Agency\b|\b(?:Environment|Education and Skills Funding|Driver and Vehicle \w+|Highways|Home Office|Border) Agency\b|\bHome Office\b|\bForeign,? Commonwealth\b|\bOffice (?:for|of) (?:National Statistics|Gas)\b|\bNational Highways\b/i,
    kind: 'central-government',
    says: 'a UK government department, agency or central purchasing body',
  },
  {
    re: /\bWelsh\b[^,;()]{0,40}\b(?:Agency|Authority|Board|Commission|Executive|Office|Body)\b|\bWelsh Government\b|\bLlywodraeth Cymru\b|\bNHS Wales\b|\bUniversity Health Board\b|\bTeaching Health Board\b|\bPowys Teaching\b|\bVelindre\b|\bWelsh Ambulance\b|\bPublic Health Wales\b|\bCyngor\b|\bSell2Wales\b/i,
    kind: 'welsh-authority',
    nation: 'wales',
    says: 'a devolved Welsh authority',
  },
  {
    re: /\bScottish\b[^,;()]{0,40}\b(?:Agency|Authority|Board|Commission|Executive|Office|Body)\b|\bScottish Government\b|\bScottish Ministers\b|\bNHS (?:National Services Scotland|Scotland|Lothian|Grampian|Greater Glasgow|Lanarkshire|Tayside|Fife|Highland|Ayrshire|Borders|Dumfries|Forth Valley|Orkney|Shetland|Western Isles|24)\b|\bCommon Services Agency\b|\bScotland Excel\b|\bTransport Scotland\b|\bScottish (?:Water|Enterprise|Prison Service|Fire and Rescue|Police Authority|Futures Trust|Borders Council)\b|\bComhairle\b/i,
    kind: 'scottish-authority',
    nation: 'scotland',
    says: 'a Scottish public body',
  },
  { re: /\bintegrated care board\b|\bICB\b/i, kind: 'icb', nation: 'england', says: 'an integrated care board' },
  {
    re: /\bNHS (?:Foundation )?Trust\b|\bFoundation Trust\b|\bHospitals? NHS\b|\bNHS England\b|\bAmbulance Service NHS\b|\bHealthcare NHS\b/i,
    kind: 'nhs-trust',
    says: 'an NHS trust (central government under the Procurement Regulations 2024)',
  },
  // Scottish health boards are "X Health Board" in law too ("Grampian Health Board"): the nation comes from the rest.
  { re: /\bHealth Board\b/i, kind: 'welsh-authority', says: 'a health board' },
  {
    re: /\b(?:University|Universities|College|Polytechnic|Institute of Technology)\b/i,
    kind: 'university',
    says: 'a university or college',
  },
  {
    re: /\b(?:Academy|Academies|Multi-Academy|Schools?|Learning|Education) Trust\b|\bAcademy\b|\b(?:Primary|Secondary|High|Grammar|Infant|Junior|Community|Free|Special) School\b|\bSchool\b/i,
    kind: 'school',
    says: 'a school or academy trust',
  },
  {
    re: /\bHousing (?:Association|Trust|Group|Society|Co-operative)\b|\bHomes\b|\bHousing\b(?!\s+(?:Department|Services|Directorate))|\bLiving\b(?= Group| Ltd| Limited)/i,
    kind: 'housing-association',
    says: 'a housing association',
  },
  {
    re: /\bPolice\b|\bFire (?:and|&) Rescue\b|\bFire Authority\b|\bCrime Commissioner\b|\bCharity\b|\bCharitable\b|\bFoundation\b|\bHospice\b|\bVoluntary\b|\bMuseum\b/i,
    kind: 'other',
    says: 'police, fire, a charity or another public body',
  },
  {
    re: /\b(?:Borough|County|City|District|Parish|Town|Metropolitan|Community|Village|Unitary) Council\b|\bCouncil\b|\bCombined Authority\b|\bCorporation of London\b|\bLondon Borough\b|\bGreater London Authority\b|\bCounty Borough\b/i,
    kind: 'local-authority',
    says: 'a council or combined authority',
  },
];

export interface KindRead {
  kind: BuyerKind;
  nation?: Nation;
  basis: string;
}

/** The buyer's kind from its name; `unknown` when no word in the name says. */
export function buyerKindOf(name: string): KindRead {
  for (const k of KINDS) {
    const m = k.re.exec(name);
    if (m)
      return { kind: k.kind, ...(k.nation ? { nation: k.nation } : {}), basis: `"${m[0]}" in the name: ${k.says}` };
  }
  return { kind: 'unknown', basis: 'no word in the name says what kind of body it is' };
}

/**
 * Central or sub-central for the Schedule 1 thresholds. NHS trusts are central government
 * authorities (Procurement Regulations 2024); councils, ICBs, devolved Welsh and Scottish bodies,
 * schools, universities and housing associations are not. The Scottish Government itself is central.
 */
export function authorityOfKind(kind: BuyerKind, name?: string): AuthorityType {
  if (kind === 'central-government' || kind === 'nhs-trust') return 'central';
  if (kind === 'scottish-authority' && name && /\bScottish (?:Government|Ministers)\b/i.test(name)) return 'central';
  if (kind === 'unknown') return 'unknown';
  return 'sub-central';
}

/**
 * A council or NHS body in Wales or Scotland is a devolved authority there: "Wexmoor County Borough
 * Council" is a Welsh authority once the document places it in Wales. Universities, schools, housing
 * associations and UK government bodies keep their kind wherever they are.
 */
export function kindInNation(kind: BuyerKind, nation: Nation, name?: string): BuyerKind {
  const devolved = nation === 'wales' ? 'welsh-authority' : nation === 'scotland' ? 'scottish-authority' : undefined;
  if (!devolved) return kind;
  if (kind === 'local-authority' || kind === 'nhs-trust' || kind === 'icb') return devolved;
  // A health board is Welsh or Scottish as the document's nation says.
  if ((kind === 'welsh-authority' || kind === 'scottish-authority') && name && /\bHealth Board\b/i.test(name))
    return devolved;
  // "NHS Strathmore", "NHS Loch Arden": a health board, named the Scottish and Welsh way.
  if (kind === 'unknown' && name && /^NHS\s+[A-Z]/.test(name)) return devolved;
  return kind;
}
