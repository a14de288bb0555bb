import { describe, expect, it } from 'vitest';
import { buyerOf } from '../../../linter/core/extract/facts/buyer.js';
import { authorityOfKind, buyerKindOf, kindInNation } from '../../../linter/core/extract/facts/buyer-kind.js';
import { input } from './helpers.js';
import { extractFacts } from '../../../linter/core/extract/facts/index.js';
import { parseMarkdown } from '../../../linter/core/parse/markdown.js';

// [document, name, kind]
const cases: Array<[string, string | undefined, string]> = [
  ['NHS Ashbury Vale ICB wants to commission a community diabetes service.', 'NHS Ashbury Vale ICB', 'icb'],
  // Round 18 dev half: the body commissioning the service, not a regulator the text defines with an acronym.
  [
    '# Home Care Services: Tender Pack\n\nEast Penwick Borough Council is commissioning home care for adults.\n\nThe provider must be registered with the Care Quality Commission (CQC) for personal care.',
    'East Penwick Borough Council',
    'local-authority',
  ],
  [
    '# Tender\n\nWexley Borough Council invites tenders for library cleaning.',
    'Wexley Borough Council',
    'local-authority',
  ],
  ['Northbank Homes Group (the Association) owns 4,000 homes.', 'Northbank Homes Group', 'housing-association'],
  [
    '# Eastmoor Community Health NHS Trust\n\n## Invitation to Tender\n\nEastmoor Community Health NHS Trust (the Trust) provides community services.',
    'Eastmoor Community Health NHS Trust',
    'nhs-trust',
  ],
  // A central purchasing body that lists councils among its customers is not a council.
  [
    '# National Public Buying Agency\n\nNational Public Buying Agency (NPBA, the Agency) is an executive agency of government and a central purchasing body. Our customers include county, district and parish councils, NHS trusts and schools.',
    'National Public Buying Agency',
    'central-government',
  ],
  [
    '# Inland Waterways Inspectorate\n\nThe Inland Waterways Inspectorate (the Inspectorate) is an executive agency that inspects vessels.',
    'Inland Waterways Inspectorate',
    'central-government',
  ],
  [
    'Hollin Bank Community Trust (the Charity) is a registered charity funded by the ICB.',
    'Hollin Bank Community Trust',
    'other',
  ],
  [
    '# Cyngor Bwrdeistref Sirol Bro Hafren / Bro Hafren County Borough Council\n\nThe Council invites tenders.',
    'Bro Hafren County Borough Council',
    'local-authority',
  ],
  ['The supplier must clean the offices.', undefined, 'unknown'],
  // The organisation word first (round 4 dev half).
  [
    '# Office for Maritime Skills\n\nThe Office for Maritime Skills (the Office) is an executive agency of central government.',
    'Office for Maritime Skills',
    'central-government',
  ],
  // A clause number is no part of the name; a legal name comes before "known as" (round 3 dev half).
  [
    'A1. NHS Larkhill and Wendover Integrated Care Board (the ICB) is procuring a social prescribing service.',
    'NHS Larkhill and Wendover Integrated Care Board',
    'icb',
  ],
  [
    '# NHS Carrick and Doon\n\n1.1 Carrick and Doon Health Board, known as NHS Carrick and Doon (the Board), invites tenders.',
    'Carrick and Doon Health Board',
    'welsh-authority',
  ],
  // What the buyer is, in apposition after its definition (round 8 dev half).
  [
    '# Marine Licensing and Compliance Agency\n\n| Item | Detail |\n|---|---|\n| Contracting authority | The Marine Licensing and Compliance Agency (the Agency), an executive agency of the Department for Coastal Affairs |\n',
    'Marine Licensing and Compliance Agency',
    'central-government',
  ],
];

describe('buyerOf', () => {
  it.each(cases)('%s', (md, name, kind) => {
    const b = buyerOf(input(md));
    expect([b.name, b.kind]).toEqual([name, kind]);
  });

  it('takes an acronym of the name as an alias (round 8 dev half)', () => {
    const b = buyerOf(input('Lindum University (LU) is a research-intensive university. LU invites tenders.'));
    expect([b.name, b.aliases]).toEqual(['Lindum University', ['LU']]);
  });

  it('collects the aliases the document defines', () => {
    expect(buyerOf(input('National Public Buying Agency (NPBA, the Agency) runs frameworks.')).aliases).toEqual([
      'the Agency',
      'NPBA',
    ]);
  });
});

describe('a health board is Welsh or Scottish as the document says', () => {
  it.each([
    [
      'Carrick and Doon Health Board (the Board) invites tenders under the Procurement Reform (Scotland) Act 2014.',
      'scotland',
      'scottish-authority',
    ],
    ['Afon Teifi Health Board (the Board) invites tenders through Sell2Wales.', 'wales', 'welsh-authority'],
    ['Afon Teifi Health Board (the Board) invites tenders.', 'wales', 'welsh-authority'],
  ] as const)('%s', (md, nation, kind) => {
    const f = extractFacts(parseMarkdown('t.md', md));
    expect([f.regime.nation, f.buyer.kind]).toEqual([nation, kind]);
  });
});

describe('buyer kinds', () => {
  it.each([
    ['NHS Supply Chain', 'central-government'],
    ['Crown Commercial Service', 'central-government'],
    ['NHS England', 'nhs-trust'],
    ['Brackenford Hospitals NHS Foundation Trust', 'nhs-trust'],
    ['Hywel Dda University Health Board', 'welsh-authority'],
    ['Scottish Community Regeneration Agency', 'scottish-authority'],
    ['University of Northgate', 'university'],
    ['Oakfield Learning Trust', 'school'],
    ['Little Hadley Parish Council', 'local-authority'],
    ['Acme Widgets', 'unknown'],
  ])('%s is %s', (name, kind) => expect(buyerKindOf(name).kind).toBe(kind));

  it('a council or health body in Wales or Scotland is a devolved authority', () => {
    expect(kindInNation('local-authority', 'wales')).toBe('welsh-authority');
    expect(kindInNation('unknown', 'scotland', 'NHS Loch Arden')).toBe('scottish-authority');
    expect(kindInNation('university', 'scotland')).toBe('university');
  });

  it('NHS trusts are central government for the thresholds; councils and ICBs are not', () => {
    expect(authorityOfKind('nhs-trust')).toBe('central');
    expect(authorityOfKind('icb')).toBe('sub-central');
    expect(authorityOfKind('unknown')).toBe('unknown');
  });
});
