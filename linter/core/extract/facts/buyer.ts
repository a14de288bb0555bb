import type { TenderDocument } from '../../model/document.js';
import type { BuyerFact, BuyerKind, FactSource } from '../../model/facts.js';
import type { Passage } from '../passages.js';
import { buyerKindOf } from './buyer-kind.js';
import { fromPassage, type FactInput } from './source.js';

// The words a document uses for its buyer once it has named it: "(the Council)", "(the ICB)".
const ALIAS_WORDS =
  /^(?:the\s+)?(?:Council|ICB|Authority|Inspectorate|Commission|Regulator|Institute|Fund|Charity|Consortium|Contracting Authority|Trust|Board|Agency|Buyer|Purchaser|Customer|Client|Employer|University|College|School|Academy|Association|Group|Company|Commissioner|Partnership|Department|Ministry|Executive|Office|Organisation|Corporation|Federation|Service|Body|Landlord|CPB|Combined Authority|Health Board|Partnership Board)$/i;
// A capitalised name run just before the definition: "Wexley Borough Council (the Council)".
const NAME_RUN = String.raw`[A-Z][\w'’.-]*(?:\s+(?:(?:of|and|for|the|upon|on|in|&)\s+){0,2}(?:[A-Z][\w'’.-]*|\d+)){0,12}`;
const DEFINITION = new RegExp(
  String.raw`(?<name>${NAME_RUN})\s*\(\s*(?:(?<short>[A-Z][A-Za-z]{1,10}),\s*)?(?:hereafter\s+|hereinafter\s+)?(?:the\s+)?["“'‘]?(?<alias>(?:the\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)["”'’]?\s*\)`,
  'g',
);
const KNOWN_AS = new RegExp(
  String.raw`(?:^|[.;:]\s+|\d\s+)(?<legal>${NAME_RUN}),?\s+(?:also\s+)?(?:known as|trading as|operating as)\s*$`,
);
// "Little Ashby Parish Council would like quotations", "Westmarch County Council invites tenders".
const SUBJECT = new RegExp(
  String.raw`^(?<name>${NAME_RUN})\s+(?:invites?|is (?:seeking|inviting|looking|procuring|commissioning|tendering|running|planning|going)|seeks|would like|wishes|wants|plans|intends|requires|needs|proposes|commissions|is the|is a|are seeking|has)\b`,
);
const WELSH_WORDS = /\b(?:Cyngor|Bwrdd|Prifysgol|Llywodraeth|Ysgol|Sirol|Bwrdeistref|Gwasanaeth|Cymdeithas|Tai)\b/;
const WHOLE_NAME = new RegExp(String.raw`^${NAME_RUN}$`);
// Labelled fields: "Contracting authority: X", "Buyer: X".
const FIELD =
  /^(?:(?:name of (?:the )?)?(?:contracting authority|buyer|purchaser|commissioner|authority|organisation)(?: name)?)\s*[:|]\s*(?<name>[A-Z][^|,;]{3,90}?)\s*(?:$|[|,;]|\s+(?:Civic|County Hall|Town Hall|\d))/i;
// A buyer describing itself: "We are an executive agency of government and a central purchasing body."
const SELF = [
  {
    re: /\bof the Scottish Government\b|\bScottish (?:public body|Ministers)\b/i,
    kind: 'scottish-authority' as const,
    says: 'describes itself as a Scottish Government body',
  },
  {
    re: /\bof the Welsh Government\b|\bWelsh Ministers\b/i,
    kind: 'welsh-authority' as const,
    says: 'describes itself as a Welsh Government body',
  },
  {
    re: /\bregistered charity\b|\bcharitable (?:trust|incorporated organisation|company)\b|\bcharity\b/i,
    kind: 'other' as const,
    says: 'describes itself as a charity',
  },
  {
    re: /\b(?:executive agency|government department|non-departmental public body|arm['’]s[- ]length body|central purchasing body|crown body|ministerial department)\b/i,
    kind: 'central-government' as const,
    says: 'describes itself as a central government body or central purchasing body',
  },
  {
    re: /\b(?:unitary authority|district council|county council|borough council|local authority|combined authority|parish council|town council)\b/i,
    kind: 'local-authority' as const,
    says: 'describes itself as a local authority',
  },
  { re: /\b(?:NHS (?:foundation )?trust)\b/i, kind: 'nhs-trust' as const, says: 'describes itself as an NHS trust' },
  {
    re: /\b(?:registered provider of social housing|housing association|registered social landlord)\b/i,
    kind: 'housing-association' as const,
    says: 'describes itself as a housing association',
  },
  {
    re: /\b(?:academy trust|multi-academy trust|maintained school)\b/i,
    kind: 'school' as const,
    says: 'describes itself as a school or academy trust',
  },
];
// "We are ...", "The Agency is a ...", "The X Agency (the Agency), an executive agency of ...".
const SELF_INTRO =
  /^(?:we are|(?:the )?(?:council|agency|authority|trust|board|organisation|company|association|university|buyer|ICB|inspectorate|charity)\s+is|it is)\b|(?:\([^()]{1,30}\)|,)\s+is an?\b|\([^()]{1,30}\),\s+an?\s/i;

function clean(name: string): string {
  return (
    name
      // A clause number is no part of a name ("A1. NHS Larkhill and Wendover Integrated Care Board").
      .replace(/^(?:[A-Z]?\d+(?:\.\d+)*[.)]?|\([a-z0-9]{1,3}\))\s+/, '')
      .replace(/^(?:The|the)\s+/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[,.;:]$/, '')
  );
}

/** A name that reads as an organisation: a kind from its words, or an organisation word at its end or its head. */
function organisational(name: string): boolean {
  return (
    buyerKindOf(name).kind !== 'unknown' ||
    /^NHS\s+[A-Z]/.test(name) ||
    // The organisation word first: "Office for Maritime Skills", "Department for Education".
    /^(?:Office|Department|Ministry|Agency|Authority|Commission|Council|Board|Institute|Service|Executive|Inspectorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z]/.test(
      name,
    ) ||
    /\b(?:Agency|Authority|Council|Trust|Board|Service|Partnership|Commission|Office|Executive|Company|Group|Homes|Association|Department|Ministry|Corporation|Consortium|Organisation|Body|Foundation|Federation|Limited|Ltd|plc|CIC|Inspectorate|Commission|Commissioner|Regulator|Ombudsman|Institute|Museum|Library|Fund|Unit|Tribunal|Centre|Consortium)$/.test(
      name,
    )
  );
}

interface Named {
  name: string;
  aliases: string[];
  p?: Passage;
  how: string;
}

/** Names defined with an alias, in reading order: "National Public Buying Agency (NPBA, the Agency)". */
function definitions(passages: Passage[]): Named[] {
  const out: Named[] = [];
  for (const p of passages) {
    if (!p.text.includes('(')) continue;
    for (const m of p.text.matchAll(DEFINITION)) {
      const alias = m.groups!.alias!;
      // "Lindum University (LU)": the name's initials, another way the document names its buyer.
      const initials = (m.groups!.name!.match(/\b[A-Z]/g) ?? []).join('');
      const acronym = /^[A-Z]{2,6}$/.test(alias) && initials.endsWith(alias);
      if (!ALIAS_WORDS.test(alias) && !acronym) continue;
      // The run may start mid-sentence ("Services are bought by Wexley Borough Council"): keep from the first capital after a lower-case word.
      const words = m.groups!.name!.split(/\s+/);
      let k = 0;
      for (let i = 0; i < words.length; i++)
        if (/^(?:The|This|These|Our|An?|In|On|For|By|With|As|At)$/.test(words[i]!) && i < words.length - 1) k = i + 1;
      let name = clean(words.slice(k).join(' '));
      if (name.length < 4 || !organisational(name)) continue;
      const aliasText = acronym || /^the\s/i.test(alias) ? alias : `the ${alias}`;
      // "Carrick and Doon Health Board, known as NHS Carrick and Doon (the Board)": the legal name comes first.
      const known = KNOWN_AS.exec(p.text.slice(0, m.index));
      const also: string[] = [];
      if (known && organisational(clean(known.groups!.legal!))) {
        also.push(name);
        name = clean(known.groups!.legal!);
      }
      out.push({
        name,
        aliases: [aliasText, ...also, ...(m.groups!.short ? [m.groups!.short] : [])],
        p,
        how: `defined as "${aliasText}"`,
      });
    }
  }
  return out;
}

function titleName(passages: Passage[]): Named | undefined {
  for (const [i, p] of passages.slice(0, 6).entries()) {
    // A heading, or (in a PDF, where headings are often plain lines) a short first line without a full stop.
    if (
      p.block.kind !== 'heading' &&
      !(p.block.kind === 'paragraph' && i < 3 && p.text.length <= 90 && !/\.\s*$/.test(p.text))
    )
      continue;
    // "Wexley Borough Council: Invitation to Tender", or a title that is only the buyer's name.
    // "Buyer: Invitation to Tender"; a bilingual title "Cyngor Sir X / X County Council" names it twice.
    const heads = p.text.split(/ ?(?::|–|—|\|) /)[0]!.split(' / ');
    // The English half of a bilingual name, as the rest of the document uses it.
    heads.sort((a, b) => Number(WELSH_WORDS.test(a)) - Number(WELSH_WORDS.test(b)));
    for (const head of heads) {
      const name = clean(head);
      if (
        name.length >= 4 &&
        name.length <= 90 &&
        organisational(name) &&
        WHOLE_NAME.test(name) &&
        !/\b(?:invitation|tender|request|specification|framework agreement|contract notice|instructions)\b/i.test(name)
      ) {
        return { name, aliases: [], p, how: 'named in the title' };
      }
    }
  }
  return undefined;
}

function subjectName(passages: Passage[]): Named | undefined {
  for (const p of passages.slice(0, 40)) {
    const m = SUBJECT.exec(p.text) ?? FIELD.exec(p.text);
    if (!m) continue;
    const name = clean(m.groups!.name!);
    if (name.length >= 4 && organisational(name))
      return {
        name,
        aliases: [],
        p,
        how: SUBJECT.test(p.text) ? 'named as the one inviting tenders' : 'named in a labelled field',
      };
  }
  return undefined;
}

/** The kind a buyer claims for itself in a sentence about it, when its name says nothing. */
function selfDescribed(passages: Passage[], names: string[]): { kind: BuyerKind; basis: string } | undefined {
  for (const p of passages.slice(0, 60)) {
    const t = p.text;
    const bare = t.replace(/^The\s+/, '');
    if (!SELF_INTRO.test(t) && !names.some((n) => bare.startsWith(n))) continue;
    // Only the words before a list of customers ("Our customers include ... councils") describe the buyer.
    const own = t.split(/\b(?:customers|clients|members|users|including|include|such as)\b/i)[0]!;
    for (const s of SELF) if (s.re.test(own)) return { kind: s.kind, basis: s.says };
  }
  return undefined;
}

/**
 * The buyer: its name (stated by a flag, front matter, OCDS or a portal; else a definition with an
 * alias, the title, or the sentence that invites tenders), its aliases, and its kind (from the
 * words of its name, else from what it says of itself; never from other bodies the text mentions).
 */
export function buyerOf({ doc, passages, stated, sourceOf, placeOf }: FactInput): BuyerFact {
  const defs = definitions(passages);
  const title = titleName(passages);
  let named: Named | undefined;
  let source: FactSource = 'text';
  const statedName = stated.buyer ?? doc.notice?.buyer;
  if (statedName) {
    named = { name: clean(statedName), aliases: [], how: 'stated' };
    source = stated.buyer ? sourceOf('buyer') : docSource(doc);
  } else {
    // A definition whose name agrees with the title beats one for another body (a housing partner).
    // The body inviting tenders, when its name says what it is, beats a definition that does not:
    // "East Penwick Borough Council is commissioning ..." over "the Care Quality Commission (CQC)",
    // a regulator the text defines (round 18 dev half).
    const subject = subjectName(passages);
    named =
      (title && defs.find((d) => sameName(d.name, title.name))) ??
      defs.find(
        (d) =>
          buyerKindOf(d.name).kind !== 'unknown' && !/^(?:the )?(?:supplier|contractor|provider)/i.test(d.aliases[0]!),
      ) ??
      title ??
      (subject && buyerKindOf(subject.name).kind !== 'unknown' ? subject : undefined) ??
      defs[0] ??
      subject;
  }
  const aliases = [
    ...new Set([
      ...(named?.aliases ?? []),
      ...defs.filter((d) => named && sameName(d.name, named.name)).flatMap((d) => d.aliases),
    ]),
  ];
  const place = named?.p ? fromPassage(named.p) : statedName && stated.buyer ? placeOf('buyer') : {};
  delete (place as { source?: FactSource }).source;
  if (stated.buyerKind)
    return {
      ...(named ? { name: named.name } : {}),
      aliases,
      kind: stated.buyerKind,
      source: sourceOf('buyerKind'),
      basis: 'stated',
      ...place,
    };
  if (!named) {
    const self = selfDescribed(passages, []);
    return {
      aliases: [],
      kind: self?.kind ?? 'unknown',
      source: self ? 'text' : 'default',
      ...(self ? { basis: `the buyer ${self.basis}` } : { basis: 'no buyer named' }),
    };
  }
  const byName = buyerKindOf(named.name);
  const self = byName.kind === 'unknown' ? selfDescribed(passages, [named.name, ...aliases]) : undefined;
  return {
    name: named.name,
    aliases,
    kind: self?.kind ?? byName.kind,
    source,
    basis: self ? `${named.name} ${self.basis}` : byName.basis,
    ...place,
  };
}

function docSource(doc: TenderDocument): FactSource {
  return doc.format === 'ocds' ? 'ocds' : doc.format === 'markdown' ? 'front-matter' : 'page';
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();
function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x);
}
