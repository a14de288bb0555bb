import type { TenderDocument } from '../../model/document.js';
import type { Facts, FactSource, StatedFacts } from '../../model/facts.js';
import { passagesOf } from '../passages.js';
import { parseDateString } from '../dates.js';
import { annualOf, highestTurnoverMultiple, totalOf } from './annual-value.js';
import { authorityOfKind, buyerKindOf, kindInNation } from './buyer-kind.js';
import { buyerOf } from './buyer.js';
import { contractTypeOf, periodConditionsOf } from './contract-type.js';
import { lotValuesOf, lotsOf } from './lots.js';
import { nationOf } from './nation.js';
import { regimeOf } from './regime.js';
import type { FactInput } from './source.js';
import { statedFromFrontMatter } from './stated.js';
import { termOf } from './term.js';
import { timetableOf } from './timetable.js';
import { valueOf } from './value.js';

export { annualOf, totalOf } from './annual-value.js';
export { formatMonths, termDerivation } from './term.js';
export { PA23_COMMENCEMENT } from './regime.js';

export interface ExtractOptions {
  /** Facts given by the user (CLI flags, extension fields): they win over everything else. */
  stated?: StatedFacts;
}

/**
 * The document's facts, one module per fact. Structured sources (flags, then front matter, OCDS or
 * portal fields) beat the text; each fact records where it came from and how it was derived.
 */
export function extractFacts(doc: TenderDocument, options: ExtractOptions = {}): Facts & { problems: string[] } {
  const passages = passagesOf(doc);
  const fm = statedFromFrontMatter(doc);
  const docSource: FactSource = doc.format === 'ocds' ? 'ocds' : doc.format === 'markdown' ? 'front-matter' : 'page';
  const flags = options.stated ?? {};
  const stated: StatedFacts = { ...fm.facts, ...flags };
  const input: FactInput = {
    doc,
    passages,
    stated,
    sourceOf: (k) => (flags[k] !== undefined ? 'flag' : docSource),
    // A stated fact shown in a block of its own (an OCDS field, a portal's labelled field) points at it.
    placeOf: (k) => {
      const i = flags[k] === undefined ? doc.fields?.[k] : undefined;
      const block = i !== undefined ? doc.blocks[i] : undefined;
      return block ? { block: block.index, excerpt: block.text } : {};
    },
  };
  const whole = passages.map((p) => p.text).join('\n');

  const read = buyerOf(input);
  // A health board is Welsh or Scottish (England has none): the document's law, portal or address says which.
  const healthBoard = /\bHealth Board\b/i.test(read.name ?? '');
  let nation = stated.nation
    ? { nation: stated.nation, basis: 'stated' }
    : nationOf({
        name: read.name,
        kindNation:
          buyerKindOf(read.name ?? '').nation ??
          (read.kind === 'welsh-authority' && !healthBoard
            ? 'wales'
            : read.kind === 'scottish-authority'
              ? 'scotland'
              : undefined),
        top: passages.slice(0, 15).map((p) => p.text),
        whole,
      });
  if (healthBoard && !stated.nation && nation.nation === 'england')
    nation = { nation: 'wales', basis: 'a health board, and nothing in the document places it in Scotland' };
  const kind = stated.buyerKind ? read.kind : kindInNation(read.kind, nation.nation, read.name);
  const buyer =
    kind === read.kind
      ? read
      : {
          ...read,
          kind,
          basis: `${read.basis ? `${read.basis}, ` : ''}in ${nation.nation === 'wales' ? 'Wales' : 'Scotland'} (${nation.basis})`,
        };
  const authority: Facts['authority'] = stated.authority
    ? { type: stated.authority, source: input.sourceOf('authority') }
    : buyer.kind !== 'unknown'
      ? {
          type: authorityOfKind(buyer.kind, buyer.name),
          source: 'derived',
          basis: `the buyer's kind, ${buyer.kind}${buyer.basis ? ` (${buyer.basis})` : ''}`,
        }
      : { type: 'unknown', source: 'default' };

  const lotValues = lotValuesOf(passages);
  const value = valueOf(input, lotValues);
  const term = termOf(input);
  const lots = lotsOf(input, lotValues);
  const timetable = timetableOf(input, nation.nation);
  const contractType = contractTypeOf(whole, stated.contractType);
  const begun = (stated.begun ? parseDateString(stated.begun)?.date : undefined) ?? timetable.published?.date;
  const totalValue = totalOf({ value, term });
  const regime = regimeOf({
    text: whole,
    stated: stated.regime,
    statedSource: input.sourceOf('regime'),
    nation: nation.nation,
    begun,
    value,
    total: totalValue?.amount,
    authority: authority.type,
    contractType,
  });

  const facts: Facts = {
    ...(value ? { value } : {}),
    ...(term ? { term } : {}),
    ...timetable,
    lots,
    regime,
    buyer,
    authority,
    contractType,
    periodConditions: periodConditionsOf(whole, stated.notElectronic),
  };
  const annualValue = annualOf(facts);
  if (annualValue) facts.annualValue = annualValue;
  if (totalValue) facts.totalValue = totalValue;
  const turnoverMultiple = highestTurnoverMultiple(doc, annualValue);
  if (turnoverMultiple !== undefined) facts.turnoverMultiple = turnoverMultiple;
  return { ...facts, problems: fm.problems };
}
