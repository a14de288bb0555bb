import { cite } from './rule.js';

// The sources rules cite, in one place so section numbers and links are written once.
const PA23 = 'https://www.legislation.gov.uk/ukpga/2023/54';
const PSR = 'https://www.legislation.gov.uk/uksi/2023/1348';
const PCR = 'https://www.legislation.gov.uk/uksi/2015/102';

export const sources = {
  pa23s18: cite('Procurement Act 2023', 's.18 (duty to consider lots)', `${PA23}/section/18`, 'law'),
  pa23s22: cite('Procurement Act 2023', 's.22(1),(5) (conditions of participation must be proportionate)', `${PA23}/section/22`, 'law'),
  pa23s22_3a: cite('Procurement Act 2023', 's.22(3)(a) (no audited accounts from suppliers not required to be audited)', `${PA23}/section/22`, 'law'),
  pa23s22_3b: cite('Procurement Act 2023', 's.22(3)(b) (no insurance required before award)', `${PA23}/section/22`, 'law'),
  pa23s22_4a: cite('Procurement Act 2023', 's.22(4)(a) (no requirement to have held a contract with a particular authority)', `${PA23}/section/22`, 'law'),
  pa23s22_4c: cite('Procurement Act 2023', 's.22(4)(c) (named qualifications must allow equivalents)', `${PA23}/section/22`, 'law'),
  pa23s22_8: cite('Procurement Act 2023', 's.22(8)-(9) (reliance on associated persons)', `${PA23}/section/22`, 'law'),
  pa23s54: cite('Procurement Act 2023', 's.54(4) (minimum tendering periods)', `${PA23}/section/54`, 'law'),
  pa23s54_1: cite('Procurement Act 2023', 's.54(1) (have regard to the nature and complexity of the contract)', `${PA23}/section/54`, 'law'),
  pa23s56: cite('Procurement Act 2023', 's.56 (technical specifications: equivalents)', `${PA23}/section/56`, 'law'),
  pa23s68: cite('Procurement Act 2023', 's.68 (payment within 30 days of a valid invoice)', `${PA23}/section/68`, 'law'),
  pa23s85: cite('Procurement Act 2023', 's.85(1) (no suitability assessment below threshold)', `${PA23}/section/85`, 'law'),
  pa23s87: cite('Procurement Act 2023', 's.87(6) (reasonable time limits below threshold)', `${PA23}/section/87`, 'law'),
  psrReg4: cite('Health Care Services (Provider Selection Regime) Regulations 2023', 'reg 4 (procurement principles: proportionality)', `${PSR}/regulation/4`, 'law'),
  psrSch16p1: cite('Health Care Services (Provider Selection Regime) Regulations 2023', 'Sch.16 para 1(4) (selection criteria related and proportionate)', `${PSR}/schedule/16`, 'law'),
  psrSch16p3: cite('Health Care Services (Provider Selection Regime) Regulations 2023', 'Sch.16 para 3(3) (minimum yearly turnover at most twice the estimated contract value)', `${PSR}/schedule/16`, 'law'),
  pcr58_9: cite('Public Contracts Regulations 2015', 'reg 58(9) (turnover at most twice the contract value; benchmark)', `${PCR}/regulation/58`, 'benchmark'),
  pcr53_6: cite('Public Contracts Regulations 2015', 'reg 53(6) (answers at least 6 days before the deadline; benchmark)', `${PCR}/regulation/53`, 'benchmark'),
  pcr60: cite('Public Contracts Regulations 2015', 'reg 60(6)(c) and 60(8) (accounts for at most 3 years, other evidence accepted)', `${PCR}/regulation/60`, 'benchmark'),
  keepItLocal: (step: number, what: string) =>
    cite('Locality / VCSE Health & Wellbeing Alliance, Keep it Local Commissioning Guide (March 2026)', `step ${step}: ${what}`, 'https://locality.org.uk/policy-campaigns/keep-it-local', 'guidance'),
  dsptScope: cite('NHS Data Security and Protection Toolkit', 'who must use it: organisations with access to NHS patient data and systems', 'https://www.dsptoolkit.nhs.uk/Help/23', 'guidance'),
  ppn014: cite('Procurement Policy Note 014: Cyber Essentials', 'Cyber Essentials or equivalent controls, evidenced before award', 'https://www.gov.uk/government/publications/ppn-014-cyber-essentials-scheme', 'policy'),
  ppn002: cite('Procurement Policy Note 002: Taking account of social value', 'minimum 10% weighting', 'https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-central-government-contracts', 'policy'),
  nhsSocialValue: cite('NHS England', 'Applying net zero and social value in the procurement of NHS goods and services (10% minimum from April 2022)', 'https://www.england.nhs.uk/greenernhs/publication/applying-net-zero-and-social-value-in-the-procurement-of-nhs-goods-and-services/', 'policy'),
  elci: cite('Employers’ Liability (Compulsory Insurance) Regulations 1998', 'reg 3(1) (£5 million minimum)', 'https://www.legislation.gov.uk/uksi/1998/2573/regulation/3', 'law'),
  ncvo: cite('NCVO UK Civil Society Almanac', 'income bands of voluntary organisations', 'https://www.ncvo.org.uk/news-and-insights/news-index/uk-civil-society-almanac-2021/', 'benchmark'),
};
