import type { Passage } from '../passages.js';

// A reason stated beside a requirement ("because of the special risk of ...") makes a higher demand a
// duly justified case (PCR 2015 reg 58(9), PSR Sch.16 para 3(3)): the finding is downgraded, not dropped.
const REASON = /\b(?:because|due to|owing to|given the (?:special|particular|high|significant|nature)|special risk|justif(?:y|ied|ication)|reflects? the (?:risk|scale|nature|value)|the reason (?:for|is)|this is (?:necessary|required|needed) (?:to|because)|in view of the)\b/i;

/** The reason given for a requirement in its own passage or the one after it, if any. */
export function justificationFor(p: Passage): string | undefined {
  if (REASON.test(p.text)) return p.text;
  const next = p.next;
  if (next && next.block.index - p.block.index <= 1 && REASON.test(next.text) && !/\bmust\b|\bshall\b|\brequired to\b/i.test(next.text.replace(REASON, ''))) {
    return next.text;
  }
  return undefined;
}
