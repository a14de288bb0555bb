import type { AuthorityType, ContractType, Law, Nation, Regime, RegimeFact, ValueFact } from '../../model/facts.js';
import { formatGBP } from '../money.js';
import { THRESHOLDS, thresholdsOn, withVat } from '../thresholds.js';

/** The Procurement Act 2023 applies to procurements begun from this day; earlier ones stay under the 2015 Regulations. */
export const PA23_COMMENCEMENT = '2025-02-24';

// Signals in the text, a line each. A document setting up a framework talks about its future
// call-offs; that is not a call-off.
const CALL_OFF =
  /\bcall-?off (?:from|under|contract under|competition)\b|\bthis call-?off\b|\b(?:framework|agreement|BPA)\b[^.]{0,40}\bholders\b|\b(?:mini|further)[- ]competition\b|\bdirect award (?:from|under) (?:the |a )?framework\b/i;
// "Call-offs will be awarded by mini-competition" sets a framework up; "The call-off will be awarded on
// quality 70%" is this call-off (round 14 dev half). "Suppliers on the framework" are its members, as
// a call-off names them ("all suppliers on the framework lot have already met ..."; round 17 dev half).
const FRAMEWORK_SETUP =
  /\b(?:establish|set up|appoint)(?:es|s|ing)?\b[^.]{0,40}\bframework (?:agreement|contract)s?\b|\bnew framework (?:agreement|contract)\b|\bthe framework will be awarded\b|\bsuppliers? (?:to|onto) (?:the|a|this) framework\b|\bthis framework (?:will|is|shall)\b|\bcall[- ]?offs (?:will|may|can|shall)\b|\bcall[- ]?off contracts (?:will|may|can|shall)\b|\bcustomers will award call-?off\b|\bwill be (?:awarded|tested|evaluated|run|made) (?:at|by|through|via|using) (?:a )?(?:mini|further)[- ]competition\b/i;
// The name in any case (notices print headings in capitals); the acronym only in capitals ("psr" is no word).
const PSR_NAME = /\bprovider selection regime\b/i;
const PSR_ACRONYM = /\bPSR\b/;
// "It is not a health care service for the purposes of the Provider Selection Regime".
const PSR_NEGATED = /\bnot\b[^.]{0,60}\b(?:provider selection regime|PSR)\b/i;
const LIGHT_TOUCH = /\blight[- ]touch\b/i;
// "for example £663,540 for light touch contracts" in a PSR notice names the regime it is not.
const LIGHT_TOUCH_ASIDE =
  /\b(?:for example|e\.g\.|such as)[^.]{0,40}\blight[- ]touch\b|\blight[- ]touch\b[^.]{0,60}\bdo(?:es)? not apply\b/i;
const BELOW =
  /\bbelow[- ](?:the )?(?:procurement |relevant |applicable |public procurement )?thresholds?\b|\bpart 6 of the procurement act\b|\bcompetitive quotations?\b|\brequests? for quotations?\b|\b(?:is |are )?(?:worth|valued at|value is) (?:less than|under|below) £[\d,]+/i;
const ABOVE =
  /\babove[- ](?:the )?(?:procurement |relevant |applicable )?thresholds?\b|\b(?:open|competitive flexible) procedure\b/i;
const PCR = /\bpublic contracts regulations 2015\b|\bPCR 2015\b/i;
const PA23 = /\bprocurement act 2023\b|\bPA ?23\b/i;

export interface RegimeSignals {
  text: string;
  stated?: Regime | undefined;
  statedSource?: RegimeFact['source'];
  nation: Nation;
  begun?: string | undefined;
  value?: ValueFact | undefined;
  /** The whole-contract value, when the value is annual and the term known. */
  total?: number | undefined;
  authority: AuthorityType;
  contractType: ContractType;
}

type Resolved = Pick<RegimeFact, 'id' | 'source' | 'basis'>;

function idOf(s: RegimeSignals): Resolved {
  const { text } = s;
  if (s.stated) return { id: s.stated, source: s.statedSource ?? 'flag', basis: 'stated' };
  if (s.nation === 'scotland')
    return {
      id: 'scotland',
      source: 'derived',
      basis:
        'a Scottish buyer: the Procurement Reform (Scotland) Act 2014 and Public Contracts (Scotland) Regulations 2015 apply, not the Procurement Act 2023',
    };
  if (CALL_OFF.test(text) && !FRAMEWORK_SETUP.test(text))
    return { id: 'framework-call-off', source: 'text', basis: `the text says "${CALL_OFF.exec(text)![0]}"` };
  if ((PSR_NAME.test(text) || PSR_ACRONYM.test(text)) && !PSR_NEGATED.test(text))
    return { id: 'psr', source: 'text', basis: 'the text names the Provider Selection Regime' };
  if (LIGHT_TOUCH.test(text.replace(LIGHT_TOUCH_ASIDE, '')))
    return { id: 'light-touch', source: 'text', basis: 'the text says "light touch"' };
  if (s.begun && s.begun < PA23_COMMENCEMENT)
    return {
      id: 'pcr2015',
      source: 'derived',
      basis: `begun ${s.begun}, before the Procurement Act 2023 came into force on ${PA23_COMMENCEMENT}`,
    };
  if (BELOW.test(text))
    return { id: 'below-threshold', source: 'text', basis: `the text says "${BELOW.exec(text)![0]}"` };
  const total = s.value?.basis === 'total' ? s.value.amount : s.total;
  // A PA23 competitive procedure, or "above threshold" said outright, is a covered procurement
  // whatever the value arithmetic says.
  if (s.value && total !== undefined && !ABOVE.test(text)) {
    // The figures in force when the procurement began (a 2025 notice is judged by the 2024 thresholds);
    // Scotland and begun-before-commencement returned above, so the Act's rows apply.
    const t = thresholdsOn(s.nation === 'wales' ? 'pa2023-wales' : 'pa2023', s.begun) ?? THRESHOLDS;
    // Unknown authority type: the higher (sub-central) threshold, so an error is never claimed on a guess.
    const threshold =
      s.contractType === 'works'
        ? t.works
        : s.authority === 'central'
          ? t.goodsServicesCentral
          : t.goodsServicesSubCentral;
    const gross = withVat(total, s.value.vat);
    if (gross < threshold)
      return {
        id: 'below-threshold',
        source: 'derived',
        basis: `${formatGBP(gross)} including VAT is below the ${formatGBP(threshold)} threshold`,
      };
  }
  if (PCR.test(text) && !PA23.test(text))
    return { id: 'pcr2015', source: 'text', basis: 'the text cites the Public Contracts Regulations 2015' };
  return {
    id: 'pa2023',
    source: 'default',
    basis: 'above-threshold procurement under the Procurement Act 2023 (default)',
  };
}

/** The law behind a regime: the procedure (light touch, below threshold) sits inside a law. */
function lawOf(id: Regime, s: RegimeSignals): Law {
  if (id === 'scotland' || s.nation === 'scotland') return 'scotland';
  if (id === 'psr') return 'psr';
  if (
    id === 'pcr2015' ||
    (s.begun !== undefined && s.begun < PA23_COMMENCEMENT) ||
    (PCR.test(s.text) && !PA23.test(s.text))
  )
    return 'pcr2015';
  return s.nation === 'wales' ? 'pa2023-wales' : 'pa2023';
}

/** The regime from every signal together: stated, nation, the procedures the text names, the date begun, the value against the threshold. */
export function regimeOf(s: RegimeSignals): RegimeFact {
  const r = idOf(s);
  return { ...r, law: lawOf(r.id, s), nation: s.nation, ...(s.begun ? { begun: s.begun } : {}) };
}
