import type { Citation } from './model/finding.js';

/** A citation. Extractors cite as well as rules, so this lives here and not beside defineRule in rule.ts. */
export function cite(title: string, section: string | undefined, url: string, kind: Citation['kind']): Citation {
  return { title, ...(section ? { section } : {}), url, kind };
}

// The sources rules cite, in one place so section numbers and links are written once.
const PA23 = 'https://www.legislation.gov.uk/ukpga/2023/54';
const PSR = 'https://www.legislation.gov.uk/uksi/2023/1348';
const PCR = 'https://www.legislation.gov.uk/uksi/2015/102';
const PR24 = 'https://www.legislation.gov.uk/uksi/2024/692';
const PCSR = 'https://www.legislation.gov.uk/ssi/2015/446';
const PRSA = 'https://www.legislation.gov.uk/asp/2014/12';
const PA = 'Procurement Act 2023';
const PCRT = 'Public Contracts Regulations 2015';
const PCSRT = 'Public Contracts (Scotland) Regulations 2015';
const PRSAT = 'Procurement Reform (Scotland) Act 2014';
const PSRT = 'Health Care Services (Provider Selection Regime) Regulations 2023';

export const sources = {
  pa23s18: cite('Procurement Act 2023', 's.18 (duty to consider lots)', `${PA23}/section/18`, 'law'),
  pa23s22: cite(
    'Procurement Act 2023',
    's.22(1),(5) (conditions of participation must be proportionate)',
    `${PA23}/section/22`,
    'law',
  ),
  pa23s22_3a: cite(
    'Procurement Act 2023',
    's.22(3)(a) (no audited accounts from suppliers not required to be audited)',
    `${PA23}/section/22`,
    'law',
  ),
  pa23s22_3b: cite(
    'Procurement Act 2023',
    's.22(3)(b) (no insurance required before award)',
    `${PA23}/section/22`,
    'law',
  ),
  pa23s22_4a: cite(
    'Procurement Act 2023',
    's.22(4)(a) (no requirement to have held a contract with a particular authority)',
    `${PA23}/section/22`,
    'law',
  ),
  pa23s22_4c: cite(
    'Procurement Act 2023',
    's.22(4)(c) (named qualifications must allow equivalents)',
    `${PA23}/section/22`,
    'law',
  ),
  pa23s22_8: cite('Procurement Act 2023', 's.22(8)-(9) (reliance on associated persons)', `${PA23}/section/22`, 'law'),
  pa23s54: cite('Procurement Act 2023', 's.54(4) (minimum tendering periods)', `${PA23}/section/54`, 'law'),
  pa23s54_1: cite(
    'Procurement Act 2023',
    's.54(1) (have regard to the nature and complexity of the contract)',
    `${PA23}/section/54`,
    'law',
  ),
  pa23s56: cite('Procurement Act 2023', 's.56 (technical specifications: equivalents)', `${PA23}/section/56`, 'law'),
  pa23s68: cite(
    'Procurement Act 2023',
    's.68 (payment within 30 days of a valid invoice)',
    `${PA23}/section/68`,
    'law',
  ),
  pa23s85: cite(
    'Procurement Act 2023',
    's.85(1) (no suitability assessment below threshold)',
    `${PA23}/section/85`,
    'law',
  ),
  pa23s87: cite(
    'Procurement Act 2023',
    's.87(6) (reasonable time limits below threshold)',
    `${PA23}/section/87`,
    'law',
  ),
  psrReg4: cite(
    'Health Care Services (Provider Selection Regime) Regulations 2023',
    'reg 4 (procurement principles: proportionality)',
    `${PSR}/regulation/4`,
    'law',
  ),
  psrSch16p1: cite(
    'Health Care Services (Provider Selection Regime) Regulations 2023',
    'Sch.16 para 1(4) (selection criteria related and proportionate)',
    `${PSR}/schedule/16`,
    'law',
  ),
  psrSch16p3: cite(
    'Health Care Services (Provider Selection Regime) Regulations 2023',
    'Sch.16 para 3(3) (minimum yearly turnover at most twice the estimated contract value)',
    `${PSR}/schedule/16`,
    'law',
  ),
  pcr58_9: cite(
    'Public Contracts Regulations 2015',
    'reg 58(9) (turnover at most twice the contract value; benchmark)',
    `${PCR}/regulation/58`,
    'benchmark',
  ),
  pcr53_6: cite(
    'Public Contracts Regulations 2015',
    'reg 53 (additional information supplied at least 6 days before the deadline; benchmark)',
    `${PCR}/regulation/53`,
    'benchmark',
  ),
  pcr60: cite(
    'Public Contracts Regulations 2015',
    'reg 60(6)(c) and 60(8) (accounts for at most 3 years, other evidence accepted)',
    `${PCR}/regulation/60`,
    'benchmark',
  ),
  pa23s12: cite(
    PA,
    's.12(4) (have regard to the barriers SMEs face; s.100(5): not enforceable in court)',
    `${PA23}/section/12`,
    'policy',
  ),
  pa23s15: cite(
    PA,
    's.15(3) (a qualifying planned procurement notice is published 40 days to 12 months before the tender notice)',
    `${PA23}/section/15`,
    'law',
  ),
  pa23s54_3: cite(PA, 's.54(3) (minimum participation periods)', `${PA23}/section/54`, 'law'),
  pa23s73: cite(PA, 's.73 (the 30-day payment term implied into public subcontracts)', `${PA23}/section/73`, 'law'),
  pa23s68_2: cite(
    PA,
    's.68(2) (30 days from receipt of the invoice or, if later, its due date)',
    `${PA23}/section/68`,
    'law',
  ),
  pr2024reg19: cite(
    'Procurement Regulations 2024',
    'reg 19(2)(d) (a tender notice states the maximum number of suppliers to be invited and the criteria for choosing them)',
    `${PR24}/regulation/19`,
    'law',
  ),
  pcr18: cite(
    PCRT,
    'reg 18 (principles of procurement: equal treatment, without discrimination)',
    `${PCR}/regulation/18`,
    'law',
  ),
  pcr27: cite(
    PCRT,
    'reg 27 (open procedure: 35 days, 30 with electronic submission, 15 with a prior information notice or urgency)',
    `${PCR}/regulation/27`,
    'law',
  ),
  pcr28: cite(
    PCRT,
    'reg 28 (restricted procedure: requests to participate 30 days; tenders 30 days, 25 with electronic submission)',
    `${PCR}/regulation/28`,
    'law',
  ),
  pcr42: cite(
    PCRT,
    'reg 42 (technical specifications: a named standard must be followed by “or equivalent”)',
    `${PCR}/regulation/42`,
    'law',
  ),
  pcr46: cite(
    PCRT,
    'reg 46 (division of contracts into lots: the main reasons for not dividing)',
    `${PCR}/regulation/46`,
    'law',
  ),
  pcr58: cite(
    PCRT,
    'reg 58 (selection criteria must be appropriate, related and proportionate to the subject-matter)',
    `${PCR}/regulation/58`,
    'law',
  ),
  pcr58_9law: cite(
    PCRT,
    'reg 58(9) (minimum yearly turnover at most twice the estimated contract value, except in duly justified cases)',
    `${PCR}/regulation/58`,
    'law',
  ),
  pcr60law: cite(
    PCRT,
    'reg 60(6)(c) and 60(8) (turnover for at most the last 3 years, depending on when the operator started trading; other documents accepted)',
    `${PCR}/regulation/60`,
    'law',
  ),
  pcr62: cite(
    PCRT,
    'reg 62 (quality assurance and environmental management standards: equivalent certificates accepted)',
    `${PCR}/regulation/62`,
    'law',
  ),
  pcr63: cite(PCRT, 'reg 63 (reliance on the capacities of other entities)', `${PCR}/regulation/63`, 'law'),
  pcr65: cite(
    PCRT,
    'reg 65 (reducing the number of candidates: the contract notice states the objective criteria and the numbers)',
    `${PCR}/regulation/65`,
    'law',
  ),
  pcr113: cite(
    PCRT,
    'reg 113 (valid invoices paid within 30 days, and the same term in subcontracts)',
    `${PCR}/regulation/113`,
    'law',
  ),
  pcr53law: cite(
    PCRT,
    'reg 53 (additional information supplied at least 6 days before the time limit for tenders)',
    `${PCR}/regulation/53`,
    'law',
  ),
  pcsr19: cite(
    PCSRT,
    'reg 19 (principles of procurement: equal treatment, without discrimination)',
    `${PCSR}/regulation/19`,
    'law',
  ),
  pcsr28: cite(
    PCSRT,
    'reg 28 (open procedure: 35 days, 30 with electronic submission, 15 with a prior information notice or urgency)',
    `${PCSR}/regulation/28`,
    'law',
  ),
  pcsr59: cite(
    PCSRT,
    'reg 59 (selection criteria: related and proportionate; minimum yearly turnover at most twice the estimated contract value)',
    `${PCSR}/regulation/59`,
    'law',
  ),
  prsa8: cite(
    PRSAT,
    's.8 (general duties: treat economic operators equally, act in a transparent and proportionate manner)',
    `${PRSA}/section/8`,
    'law',
  ),
  prsa9: cite(
    PRSAT,
    's.9 (sustainable procurement duty: facilitate the involvement of SMEs and third sector bodies)',
    `${PRSA}/section/9`,
    'law',
  ),
  prsa25: cite(
    PRSAT,
    's.25 (community benefit requirements: considered for contracts worth £4 million or more)',
    `${PRSA}/section/25`,
    'law',
  ),
  prsa15: cite(
    PRSAT,
    's.15(5) (procurement strategy: payment of contractors and subcontractors within 30 days of a valid invoice)',
    `${PRSA}/section/15`,
    'policy',
  ),
  scotPromptPayment: cite(
    'Scottish Government, Scottish procurement policy handbook',
    'prompt payment: valid invoices paid within 30 days throughout the supply chain',
    'https://www.gov.scot/publications/scottish-procurement-policy-handbook/pages/20/',
    'policy',
  ),
  psrReg5: cite(PSRT, 'reg 5 (the five key criteria)', `${PSR}/regulation/5`, 'law'),
  psrReg4transparency: cite(
    PSRT,
    'reg 4 (procurement principles: transparency, fairness and proportionality)',
    `${PSR}/regulation/4`,
    'law',
  ),
  bppc: cite(
    'Better Payment Practice Code (NHS bodies)',
    'pay valid invoices by the due date or within 30 days of receipt, whichever is later',
    'https://www.nhsbt.nhs.uk/who-we-are/transparency/accounts/compliance-and-exceptions/',
    'policy',
  ),
  ppn0923: cite(
    'Procurement Policy Note 09/23: data protection and cyber security',
    'Cyber Essentials where personal data or ICT is involved; do not deter SMEs and the third sector',
    'https://www.gov.uk/government/collections/procurement-policy-notes',
    'policy',
  ),
  ppn0620: cite(
    'Procurement Policy Note 06/20: taking account of social value',
    'minimum 10% weighting (procurements under the PCR 2015)',
    'https://www.gov.uk/government/publications/procurement-policy-note-0620-taking-account-of-social-value-in-the-award-of-central-government-contracts',
    'policy',
  ),
  ppn005: cite(
    'Procurement Policy Note 005: reserving below-threshold procurements',
    'central government may reserve below-threshold competitions by supplier location and/or to SMEs and VCSEs',
    'https://www.gov.uk/government/collections/procurement-policy-notes',
    'policy',
  ),
  reservingEngland: cite(
    'Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026',
    'in force 4 Feb 2026: English local authorities may reserve below-threshold competitions (MHCLG guidance)',
    'https://www.gov.uk/government/publications/reserving-competitions-for-below-threshold-contracts',
    'law',
  ),
  wppn012: cite(
    'Welsh Procurement Policy Note 012',
    'reserving below-threshold procurements in Wales',
    'https://www.gov.wales/procurement-bill-update',
    'policy',
  ),
  ppn018: cite(
    'Procurement Policy Note 018: assessing payment performance',
    'from 1 Oct 2025, for central government contracts over £5 million a year including VAT',
    'https://www.gov.uk/government/collections/procurement-policy-notes',
    'policy',
  ),
  bankHolidays: cite(
    'GOV.UK',
    'bank holidays in England and Wales, Scotland and Northern Ireland',
    'https://www.gov.uk/bank-holidays',
    'guidance',
  ),
  keepItLocal: (step: number, what: string) =>
    cite(
      'Locality / VCSE Health & Wellbeing Alliance, Keep it Local Commissioning Guide (March 2026)',
      `step ${step}: ${what}`,
      'https://locality.org.uk/policy-campaigns/keep-it-local',
      'guidance',
    ),
  dsptScope: cite(
    'NHS Data Security and Protection Toolkit',
    'who must use it: organisations with access to NHS patient data and systems',
    'https://www.dsptoolkit.nhs.uk/Help/23',
    'guidance',
  ),
  ppn014: cite(
    'Procurement Policy Note 014: Cyber Essentials',
    'Cyber Essentials or equivalent controls, evidenced before award',
    'https://www.gov.uk/government/publications/ppn-014-cyber-essentials-scheme',
    'policy',
  ),
  ppn002: cite(
    'Procurement Policy Note 002: Taking account of social value',
    'minimum 10% weighting',
    'https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts',
    'policy',
  ),
  nhsSocialValue: cite(
    'NHS England',
    'Applying net zero and social value in the procurement of NHS goods and services (10% minimum from April 2022)',
    'https://www.england.nhs.uk/greenernhs/publication/applying-net-zero-and-social-value-in-the-procurement-of-nhs-goods-and-services/',
    'policy',
  ),
  elci: cite(
    'Employers’ Liability (Compulsory Insurance) Regulations 1998',
    'reg 3(1) (£5 million minimum)',
    'https://www.legislation.gov.uk/uksi/1998/2573/regulation/3',
    'law',
  ),
  ncvo: cite(
    'NCVO UK Civil Society Almanac',
    'income bands of voluntary organisations',
    'https://www.ncvo.org.uk/news-and-insights/news-index/uk-civil-society-almanac-2021/',
    'benchmark',
  ),
};
