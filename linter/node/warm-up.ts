// A short tender the parse child lints while it waits for its first file. V8 compiles the engine's
// regular expressions and functions on first use, and chrono builds its parsers then: a one-page
// tender's lint took 156 ms the first time and 12 ms the next. A prewarmed child waits while the
// parent loads the CLI, on the other core, so that first time can be spent before the file comes;
// it stops as soon as the file does, so a large PDF's parse is not held up.
import type { TenderDocument } from '../core/model/document.js';
import { parseText } from '../core/parse/text.js';

// One sentence for each reading the rules make: dates in a timetable, a value and a term, the
// financial, insurance and certification demands, lots, payment, social value and a selection stage.
const TENDER = `Invitation to Tender: Grounds Maintenance Services

Wexley Borough Council (the Council) invites tenders. This notice was published on 2 March 2026.

The estimated contract value is £240,000 excluding VAT. The contract term is 2 years with the option to extend by 12 months (2+1).

Clarification questions must be received no later than 12:00 on 20/03/2026. Tenders must be submitted by noon on Monday 30th March 2026.

The contract is expected to start on 1 June 2026. The contract is not divided into lots because the sites are small.

Bidders must have a minimum annual turnover of £500,000 and provide two years of audited accounts.

Suppliers must hold public liability insurance of £10 million at the time of tender and employer's liability insurance of £5m.

Bidders must hold ISO 9001 or equivalent, Cyber Essentials Plus and meet the Data Security and Protection Toolkit standards.

Bidders must have held a contract with the Council in the last three years. A minimum level of reserves is required.

The Council will pay undisputed invoices within 30 days of receipt. Social value carries a weighting of 10%.

Applicants who pass the selection questionnaire (SQ) will be shortlisted and invited to tender. KPIs apply under TUPE.`;

/** The sample, parsed. */
export function sampleTender(): TenderDocument {
  return parseText('warm-up.txt', TENDER);
}

/**
 * Lints the sample a paragraph at a time, one paragraph a macrotask, until `stop()` says a file has
 * come: a file waits at most one paragraph's lint, never the whole sample. Once per process.
 */
let started = false;
export function warmUp(lint: (docs: TenderDocument[]) => unknown, stop: () => boolean = () => false): Promise<void> {
  if (started) return Promise.resolve();
  started = true;
  const paragraphs = TENDER.split(/\n{2,}/);
  return new Promise((resolve) => {
    const next = (i: number) => {
      if (i >= paragraphs.length || stop()) return resolve();
      try {
        lint([parseText('warm-up.txt', paragraphs[i]!)]);
      } catch {
        // A failed warm-up changes nothing: the real file would meet the same fault and report it.
        return resolve();
      }
      setImmediate(() => next(i + 1));
    };
    setImmediate(() => next(0));
  });
}
