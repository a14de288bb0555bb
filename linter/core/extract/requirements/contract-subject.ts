import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';

/**
 * Contract subjects with no patient-facing or clinical-records element: a DSPT demand on them is
 * plainly out of scope. Each line: the subject as messages name it, the words of a title or
 * description, and CPV code prefixes.
 */
export const NO_PATIENT_DATA_SUBJECTS: ReadonlyArray<{ subject: string; words: RegExp; cpv: readonly string[] }> = [
  {
    subject: 'grounds maintenance',
    words:
      /\bgrounds? maintenance\b|\blandscap(?:e|ing) maintenance\b|\bgrass[- ]cutting\b|\bhorticultural services\b|\btree (?:surgery|works)\b/i,
    cpv: ['773'],
  },
  {
    subject: 'cleaning',
    words: /\b(?:office|window|domestic|building|premises|contract) cleaning\b|\bcleaning services\b|\bjanitorial\b/i,
    cpv: ['909'],
  },
  {
    subject: 'catering',
    words: /\bcatering\b|\bcanteen\b|\bvending\b|\bfood (?:supply|provision)\b/i,
    cpv: ['555', '1589'],
  },
  {
    subject: 'waste',
    words:
      /\bwaste (?:collection|management|disposal|removal|services)\b|\brecycling services\b|\brefuse collection\b/i,
    cpv: ['905'],
  },
  {
    subject: 'estates works',
    words:
      /\b(?:refurbishment|roofing|building|construction|electrical|mechanical|decorating|painting|maintenance) works\b|\bestates? works\b|\bminor works\b/i,
    cpv: ['45'],
  },
  {
    subject: 'vehicle or equipment maintenance',
    words:
      /\b(?:vehicle|fleet|lift|boiler|equipment|plant) (?:maintenance|servicing|repairs?)\b|\bPAT testing\b|\bportable appliance testing\b/i,
    cpv: ['501', '507', '5053'],
  },
];

// Goods supply with no data: a goods contract that is not IT, software or a service touching records.
const GOODS =
  /\b(?:supply|supply and delivery|purchase|provision) of (?:goods|equipment|furniture|uniforms?|stationery|consumables|materials|vehicles|food)\b/i;
const DATA_WORDS =
  /\b(?:software|system|digital|IT|data|records?|clinical|patients?|care|health ?care|medical records|EPR|shredding|confidential)\b/i;
// CPV divisions of goods with no data: everything 03-44 except office and computing machinery (30), electrical (31), telecoms (32), medical (33).
const GOODS_CPV = /^(?:0[3-9]|1\d|2\d|34|35|37|38|39|4[0-4])/;

export interface ContractSubject {
  subject: string;
  /** Where it was read: the title, the description, or the CPV codes. */
  from: string;
  passage?: Passage;
}

/** The contract's subject, when it is one with no access to NHS patient data or systems. */
export const noPatientDataSubject = perDocument((doc: TenderDocument): ContractSubject | undefined => {
  const passages = passagesOf(doc);
  // The title and the description: the notice's, else the first heading and the first paragraphs.
  const title = passages.find((p) => p.block.kind === 'heading') ?? passages[0];
  const head = passages.slice(0, 6);
  // A subject that itself touches records ("confidential waste") is not plainly out of scope.
  if (head.some((p) => /\bconfidential\b|\bclinical\b|\bpatient\b|\bmedical records?\b/i.test(p.text)))
    return undefined;
  for (const s of NO_PATIENT_DATA_SUBJECTS) {
    if (title && s.words.test(title.text))
      return { subject: s.subject, from: `the title (“${title.text}”)`, passage: title };
    const desc = head.find((p) => s.words.test(p.text));
    if (desc) return { subject: s.subject, from: `the description (“${desc.text}”)`, passage: desc };
  }
  const cpv = doc.notice?.cpv ?? [];
  for (const s of NO_PATIENT_DATA_SUBJECTS) {
    const code = cpv.find((c) => s.cpv.some((p) => c.startsWith(p)));
    if (code) return { subject: s.subject, from: `the CPV code ${code}` };
  }
  const goodsText = head.find((p) => GOODS.test(p.text) && !DATA_WORDS.test(p.text));
  if (goodsText) return { subject: 'goods supply', from: `the description (“${goodsText.text}”)`, passage: goodsText };
  if (doc.stated.contractType === 'goods' && cpv.length > 0 && cpv.every((c) => GOODS_CPV.test(c)))
    return { subject: 'goods supply', from: `the CPV code ${cpv[0]}` };
  return undefined;
});
