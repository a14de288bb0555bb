// How a procurement officer reads a requirement, as tables: one phrase a line (see phrases.ts for
// the notation). Every topic shares the tables of demand, negation, party, stage, alternative and
// reason words; each topic adds only the words that name it. A new phrasing of an existing rule is
// a line here and a line in test/extract/vocabulary.test.ts.

import type { z } from 'zod';
import type { RequirementTopic } from '../../model/requirement.js';
import { labelledSet, lines, phraseSet } from './phrases.js';

// ---- Demand: the clause asks something of someone ----

/** The buyer saying it rejects bids (a demand, and the rejection that makes a failing subject a demand). */
const REJECT_ANY = `# Round 16 dev half: "We will reject any bid from a supplier that does not hold ...".
will reject any bid
will reject any tender
will reject any application
will reject any quotation
will reject bids
will reject tenders
will reject applications`;

export const DEMAND = phraseSet(`
must
must also
shall
is required
are required
will be required
# Round 12 dev half: "The Trust will require copies of the bidder's audited accounts".
will require
shall require
required to
required
requires
requirement
mandatory
need to
needs to
expected to
is essential
are essential
essential
minimum
at least
not less than
no less than
only bidders
only suppliers
only organisations
only providers
only tenderers
only applicants
only contractors
only companies
only firms
only businesses
only those
only accept
only consider
will only
open only to
open to existing
is open only
# Round 12 dev half: "Participation ... is limited to providers previously commissioned by the ICB".
is limited to
are limited to
# Round 13 dev half: "You can apply if your organisation: is a current or previous recipient of ...".
can apply if
can only apply if
# "Tenders will be accepted only from: a contractor already on ...".
accepted only from
only be accepted from
# Round 18 dev half: "we will accept bids only from our incumbent contractors", "Eligible bidders are organisations currently commissioned by ...".
bids only from
tenders only from
quotations only from
applications only from
eligible bidders are
eligible tenderers are
eligible applicants are
eligible suppliers are
eligible providers are
eligible organisations are
# Round 18 dev half: "The following will be checked at SQ stage, and a fail on any one of them means ...".
will be checked
will be asked for
a fail on
may apply if
may only apply if
will be limited to
is restricted to
are restricted to
will be restricted to
eligibility
condition of participation
conditions of participation
will be asked to
are asked to
please provide
please submit
please confirm
please enclose
please attach
please upload
attach
provide
submit
confirm that
confirm you
confirm whether
pass/fail
pass or fail
pass fail
will be rejected
will be excluded
will not be considered
will not be evaluated
will not have its tender evaluated
# Round 12 dev half: "Bidders not holding ISO 9001 certification will not be shortlisted", "... will not progress".
will not be shortlisted
will not progress
will not be taken forward
will mean your application is rejected
will result in rejection
${REJECT_ANY}
will be disqualified
demonstrate
evidence of
`);

/** A heading that makes the numbered list under it a list of what bidders send ("What you need to send at stage 1"). */
export const DEMAND_HEADING = phraseSet(`
you need to send
you must send
you need to provide
you must provide
you need to submit
you must submit
what to send
what to submit
what to include
documents required
documents to be submitted
information required
`);

// ---- Negation and non-demands (ConText/NegEx): pre-triggers look forward, post-triggers back ----

/** Negate the topic words after them, up to a scope end. */
export const NEGATION_BEFORE = phraseSet(`
no
not
never
without
there is no
there are no
we do not ask for
we do not require
we will not ask for
we will not require
we will not
will not ask for
will not require
will not request
does not require
do not require
do not need to
does not need to
you do not need to
need not
is not required to
are not required to
no requirement
no minimum
not appropriate
is not appropriate
should not
nor
neither
rather than
instead of
in place of
not asked for
not required
`);

/** Negate the topic words before them, back to a scope start. */
export const NEGATION_AFTER = phraseSet(`
is not required
are not required
is not needed
are not needed
is not necessary
are not necessary
is not mandatory
are not mandatory
is not a requirement
is not a condition
are not a condition
is not a condition of participation
will not be asked for
will not be required
will not be requested
will not be used
will not be assessed
will not be scored
will not be a condition
not required
not needed
not necessary
not mandatory
is not essential
`);

/** Look like negations and are not (NegEx's pseudo-triggers): limits, answers, "not only". */
export const PSEUDO_NEGATION = phraseSet(`
not less than
no less than
not more than
no more than
no later than
not later than
not exceed
not exceeding
not limited to
not only
no change
answering no
answer no
answered no
answers no
yes/no
yes or no
no. of
if not
or not
whether or not
`);

/** The clause informs or scores; it sets no condition a bidder must meet. */
export const NOT_A_CONDITION = phraseSet(`
for information only
for information purposes only
information only
not scored
will not be scored
not assessed
is not assessed
will not be assessed
is not a condition
not a pass/fail
not pass/fail
desirable
preferred
encouraged
we welcome
welcome
working towards
work towards
is an advantage
would be an advantage
optional
`);

/** A negation's scope ends here: the clause turns to something else. */
export const SCOPE_END = phraseSet(`
but
however
# "organisations not required to file audited accounts may provide management accounts": a new verb's offer
may provide
may submit
may instead
may send
can provide
can submit
can instead
although
though
except
instead
yet
whereas
unless
`);

/**
 * An exception carved out of the demand before it ("..., save that professional indemnity insurance
 * ... may be arranged before the contract starts"): when it names another item of the same topic, a
 * stage inside it is that item's, not the demand's (round 16 dev half).
 */
export const EXCEPTION = phraseSet(`
save that
save for
except that
except for
excepting
with the exception of
apart from
other than for
`);

// ---- Who must meet it ----

export const PARTY = labelledSet<'bidder' | 'subcontractor' | 'buyer' | 'successful-bidder'>(`
bidder: bidder*
bidder: tenderer*
bidder: supplier*
bidder: applicant*
bidder: provider*
bidder: contractor*
bidder: candidate*
bidder: organisation*
bidder: organization*
bidder: you
bidder: your
bidder: consultant*
bidder: the operator
bidder: operators
bidder: economic operator*
bidder: respondent*
bidder: all bidders
successful-bidder: successful bidder
successful-bidder: successful tenderer
successful-bidder: successful supplier
successful-bidder: successful provider
successful-bidder: successful contractor
successful-bidder: successful applicant
successful-bidder: successful organisation
successful-bidder: winning bidder
successful-bidder: preferred bidder
successful-bidder: appointed supplier
successful-bidder: appointed provider
successful-bidder: appointed contractor
subcontractor: subcontractor*
subcontractor: sub-contractor*
subcontractor: supply chain
subcontractor: its suppliers
subcontractor: their suppliers
buyer: the council
buyer: the trust
buyer: the authority
buyer: the contracting authority
buyer: the buyer
buyer: the icb
buyer: the board
buyer: the university
buyer: the college
buyer: the school
buyer: the academy
buyer: the department
buyer: the agency
buyer: the association
buyer: the commissioner
buyer: the purchaser
buyer: the customer
buyer: the partnership
buyer: the company
buyer: we
buyer: our
buyer: us
`);

// ---- When it must be met ----

export type Stage = 'bid' | 'award' | 'start' | 'request';

/**
 * Stage phrases that say how long a thing is kept, not when it is first needed: STAGE reads them as
 * start, and a clause that also sets the bid stage reads them as no later route (HOLD_FOR).
 */
const HOLD_FOR_PHRASES = `
within the contract
during the contract
for the life of the contract
throughout the contract
`;
export const HOLD_FOR = phraseSet(HOLD_FOR_PHRASES);

/** Later stages first in meaning: a clause with a bid phrase and a later one offers the later route. */
export const STAGE = labelledSet<Stage>(`
bid: with your tender
bid: with their tender
bid: with the tender
bid: with your bid
bid: with their bid
bid: with your quotation
bid: with their quotation
bid: with the quotation
bid: with your submission
bid: with their submission
bid: with your response
bid: with their response
bid: with your application
bid: with their application
bid: with your questionnaire
bid: with the selection questionnaire
bid: with the questionnaire
bid: with the pqq
bid: with the sq
bid: with your sq
bid: with their sq
bid: with your sq response
bid: with their sq response
bid: with your sq submission
bid: with their sq submission
bid: to your quotation
bid: to your tender
bid: to your bid
bid: to your application
bid: to their tender
bid: to their quotation
bid: at the sq deadline
bid: by the sq deadline
bid: at the time of tender
bid: at the time of tendering
bid: at the time of submission
bid: at the time of submitting
# Round 12 dev half: "at the time of your PQQ submission", "hold, at the time of quoting, ...".
bid: at the time of your submission
bid: at the time of their submission
bid: at the time of your pqq submission
bid: at the time of their pqq submission
bid: at the time of your sq submission
bid: at the time of their sq submission
bid: at the time of your tender
bid: at the time of their tender
bid: at the time of quoting
bid: at the time of quotation
bid: at the date of submitting
bid: in force on the closing date
bid: in force at the closing date
bid: in force at the tender closing date
bid: in force on the tender closing date
# Round 14 dev half: "current at the closing date", "live at the closing date", "As at the date of this quotation".
bid: current at the closing date
bid: live at the closing date
bid: valid at the closing date
bid: as at the date of this quotation
bid: as at the date of your quotation
bid: as at the date of this tender
bid: as at the date of your tender
bid: as at the closing date
# Round 18 dev half: "attach their current insurance schedule ... to the tender response", "must accompany the
# response", "I confirm that my organisation holds ... current on the date I sign this form", "at SQ stage".
bid: to the tender response
bid: to your tender response
bid: to their tender response
bid: accompany the response
bid: accompany the tender
bid: accompany their tender
bid: on the date i sign this form
bid: on the date of signing this form
bid: i confirm that my organisation holds
bid: we confirm that we hold
bid: at sq stage
# Round 16 dev half: "does not hold, on the tender closing date, the insurances listed below".
bid: on the tender closing date
bid: on the closing date
bid: at the tender closing date
bid: at the closing date
bid: mandatory portal upload
bid: mandatory upload
bid: tenders without them will be rejected
bid: tenders without it will be rejected
bid: on the date of submitting
bid: with their stage 1 response
bid: with your stage 1 response
bid: with their stage one response
bid: with your stage one response
bid: at the time of bidding
bid: at the time of application
bid: at the time of applying
bid: at the time they submit
bid: at the time you submit
bid: at the date of tender submission
bid: on the date of tender submission
bid: at the date of submission
bid: at the date of their submission
bid: at the date of your submission
bid: at the date of their tender submission
bid: at the date of their supplier questionnaire submission
bid: at the date of your supplier questionnaire submission
bid: at the date of their sq submission
bid: at tender submission
bid: at submission
bid: at the tender stage
bid: at tender stage
bid: at bid stage
bid: at the bid stage
bid: at selection stage
bid: at the selection stage
bid: at the sq stage
bid: at the pqq stage
bid: at the questionnaire stage
bid: at application stage
bid: at stage one
bid: at stage 1
bid: when you submit
bid: when they submit
bid: when bidders submit
bid: when you apply
# Round 13 dev half: "Evidence of cover must accompany your response", "| Upload with tender", "on the date you apply".
bid: accompany your response
bid: accompany your tender
bid: accompany your bid
bid: accompany your submission
bid: accompany your quotation
bid: accompany your application
bid: upload with tender
bid: upload with your tender
bid: uploaded with your tender
bid: upload with your quotation
bid: on the date you apply
bid: at the date you apply
bid: on the date of application
bid: when submitting
bid: by the tender deadline
bid: by the submission deadline
bid: by the closing date
bid: by the deadline
bid: by the quotation deadline
bid: by the date of tender submission
bid: before the tender deadline
bid: before the submission deadline
bid: at the tender deadline
bid: at the submission deadline
bid: currently hold
bid: currently holds
bid: currently have
bid: already hold
bid: already have
bid: confirm that you hold
bid: confirm that they hold
bid: confirm you hold
bid: confirm that you have
bid: confirm that you currently hold
bid: confirm that you possess
bid: confirm they possess
bid: confirm they posses
bid: confirm that they posses
bid: confirm that they possess
bid: confirm that they have
bid: confirm they have
bid: on the date they submit
bid: on the date you submit
bid: on the day they submit
bid: at the point they submit
bid: at the point of submission
bid: at the point of tender
bid: to the quotation
bid: to your expression of interest
bid: to their expression of interest
bid: with your expression of interest
bid: with their expression of interest
bid: with the expression of interest
bid: upload the current certificate
bid: upload the current certificates
bid: upload your current
bid: on the date of your selection response
bid: on the date of their selection response
bid: at the point of submitting
bid: valid on the sq deadline
bid: do you hold
bid: do you have
bid: does your organisation hold
bid: does your organisation have
start: will arrange this cover
start: will arrange the cover
start: will arrange the insurance
start: will arrange the insurances
start: willing to obtain
start: will obtain
award: before award
award: before contract award
award: before the award
award: before the contract is awarded
award: prior to award
award: prior to contract award
award: prior to the award
award: by award
award: by contract award
award: by the date of award
award: at award
award: at the point of award
award: point of award
award: on award
award: before appointment
award: before they are appointed
award: before it is awarded
award: before signing
award: before contract signature
award: before the contract is signed
award: prior to contract signature
award: successful bidder
award: successful tenderer
award: successful supplier
award: successful provider
award: successful contractor
award: successful applicant
award: successful organisation
award: if successful
award: if awarded
award: in the event that they are awarded
award: in the event that you are awarded
award: if they are awarded
award: when awarded
award: once awarded
award: if you are successful
award: if you win
award: preferred bidder
award: winning bidder
start: before the contract starts
start: before the contract start
start: before contract start
start: before the start of the contract
start: before the service starts
start: before the service commencement date
start: before the commencement date
start: by the commencement date
start: by the service commencement date
start: before service start
start: before the start date
start: before commencement
start: before the commencement
start: prior to commencement
start: prior to contract start
start: prior to the start
start: prior to the contract start
start: by the contract start date
start: by the start date
start: by the service start date
start: by contract start
start: by the start of the contract
start: by commencement
start: from the contract start date
start: from the start date
start: from the service start date
# Round 13 dev half: "to be in place at the contract start date (a statement of intent is sufficient at tender stage)".
start: at the contract start date
start: at the service start date
start: in place at the start
start: from contract start
start: from the start of the contract
start: from commencement
start: from the commencement date
start: on commencement
start: at commencement
start: at contract start
start: in place from
start: before mobilisation
start: during mobilisation
start: by mobilisation
start: before go-live
start: before go live
start: by go-live
start: before data access
start: before access
start: before any access
start: before accessing
start: before they access
start: before it is given access
start: before processing
start: before the supplier processes
start: before handling
${lines(HOLD_FOR_PHRASES)
  .map((p) => `start: ${p}`)
  .join('\n')}
start: commit to obtain
start: will obtain
start: able to obtain
start: be able to obtain
start: can obtain
start: willing to obtain
start: undertake to obtain
start: obtain the cover
start: obtain it
request: on request
request: upon request
request: if requested
request: when requested
request: if asked
request: if we ask
request: when asked
request: may be asked
request: may request
request: may ask
`);

// ---- Alternatives accepted ----

export type AlternativeKind =
  | 'equivalent'
  | 'other-evidence'
  | 'other-accounts'
  | 'reliance'
  | 'improvement-plan'
  | 'newer-organisations'
  | 'if-required';

export const ALTERNATIVE = labelledSet<AlternativeKind>(`
equivalent: or equivalent
equivalent: or an equivalent
equivalent: or equivalents
equivalent: equivalent
equivalent: equivalents
equivalent: or similar
equivalent: or a similar
equivalent: comparable
equivalent: equal standard
equivalent: independent assessor's report
equivalent: independent assessment
equivalent: may instead
equivalent: can instead
equivalent: instead provide
equivalent: instead show
equivalent: another accreditation
equivalent: any ssip
equivalent: or another
equivalent: or any other
other-evidence: or other evidence
other-evidence: other evidence
other-evidence: other information
other-evidence: other documents
other-evidence: other means
other-evidence: and/or one or more of the following
other-evidence: one or more of the following
other-evidence: any of the following
other-evidence: or one of the following
other-evidence: alternative evidence
other-evidence: alternatives
other-evidence: alternative
other-evidence: bank reference
other-evidence: a statement of turnover
other-evidence: cash flow forecast
other-evidence: cash-flow forecast
other-evidence: if you cannot
other-evidence: if you can't
other-evidence: if you are unable
other-evidence: if they cannot
other-evidence: if they are unable
other-evidence: who cannot
other-evidence: that cannot
other-evidence: unable to provide
other-accounts: unaudited
other-accounts: not audited
other-accounts: independently examined
other-accounts: independent examination
other-accounts: examined accounts
other-accounts: filed accounts
other-accounts: management accounts
other-accounts: abbreviated accounts
other-accounts: micro-entity accounts
other-accounts: draft accounts
other-accounts: receipts and payments
other-accounts: accruals accounts
other-accounts: latest accounts
other-accounts: published accounts
other-accounts: not required to be audited
other-accounts: not required to have them audited
other-accounts: not required to have their accounts audited
other-accounts: not required to have accounts audited
other-accounts: not legally required
reliance: rely on
reliance: relying on
reliance: parent company
reliance: parent organisation
reliance: guarantor
reliance: guarantee
reliance: consortium
reliance: group members
reliance: another organisation
reliance: capacity of
improvement-plan: approaching standards
improvement-plan: improvement plan
improvement-plan: action plan
newer-organisations: less than three years
newer-organisations: less than 3 years
newer-organisations: less than two years
newer-organisations: fewer than three
newer-organisations: shorter period
newer-organisations: since they started
newer-organisations: since it started
newer-organisations: since start-up
newer-organisations: since start up
newer-organisations: since starting
newer-organisations: since incorporation
newer-organisations: since formation
newer-organisations: started trading
newer-organisations: period they have traded
newer-organisations: period of trading
newer-organisations: period since
newer-organisations: all available accounts
newer-organisations: newly formed
newer-organisations: newly established
newer-organisations: new organisations
newer-organisations: newer organisations
newer-organisations: new organizations
newer-organisations: start-ups
newer-organisations: start-up
newer-organisations: recently formed
newer-organisations: recently established
newer-organisations: formed in the last
newer-organisations: not yet filed
newer-organisations: not been trading
newer-organisations: not traded
newer-organisations: a business plan
if-required: if applicable
if-required: where applicable
if-required: if required by law
if-required: where required by law
if-required: required by law
if-required: where the law requires
if-required: if the law requires
if-required: where legally required
if-required: if legally required
if-required: legally required to have
if-required: required to have their accounts audited
if-required: required by law to have
if-required: if audited
if-required: where audited
if-required: if you are audited
if-required: if you are required
if-required: if they are required
if-required: where you are required
if-required: where available
if-required: if available
`);

/** A next clause that opens with these words refers back to the one before: its alternatives apply to it. */
export const CARRY_OVER = phraseSet(`
if
where
when
alternatively
instead
otherwise
or
this
these
those
such
it
they
in that case
failing that
organisations that
organisations who
organisations without
organisations not
bidders that
bidders who
bidders without
bidders not
suppliers that
suppliers who
suppliers without
suppliers not
applicants that
applicants who
applicants without
providers that
providers who
providers without
a supplier without
a bidder without
an organisation without
a provider without
any bidder
any supplier
we accept
we will accept
we will also accept
will also be accepted
are also accepted
is also accepted
also accept
`);

/** Said just after an alternative to refuse it: "Unaudited or management accounts will not be accepted". */
export const REFUSAL = phraseSet(`
not accept
not accepts
never accept*
not be accepted
not accepted
unacceptable
will not be accepted
shall not be accepted
would not be accepted
cannot be accepted
can not be accepted
is not accepted
are not accepted
is not acceptable
are not acceptable
is not sufficient
are not sufficient
is not enough
are not enough
will be rejected
`);

/**
 * The buyer saying what it takes, after a demand: "The Council will accept equivalent certification",
 * "... will also be accepted". The verb only; frames.ts asks that a "will accept" has the buyer, a
 * name of a few capitalised words, as its subject.
 */
export const ACCEPTANCE = labelledSet<'subject' | 'passive'>(`
subject: will accept
subject: will also accept
subject: may accept
subject: may also accept
subject: can accept
subject: can also accept
subject: shall accept
passive: will be accepted
passive: will also be accepted
passive: would be accepted
passive: would also be accepted
passive: is acceptable
passive: is also acceptable
passive: are acceptable
passive: are also acceptable
`);

// ---- Stated reasons ----

export const REASON = phraseSet(`
because
because of
due to
owing to
given the
in view of
reflects the
reflect the
this reflects
the reason
the reasons
reasons
reason for
reasons for
reasons for not dividing
justified
justify
justifies
justification
is justified by
special risk
particular risk
high risk of
so that
in order to
necessary to
needed to
this is higher than
this is necessary
this level is
# Round 18 dev half: "(the higher level reflects passengers with complex medical and mobility needs)".
level reflects
levels reflect
this is required because
`);

/** A table column whose cells give the reason for the row ("| Cover | Level | Reason |"; round 17 dev half). */
export const REASON_HEADER = phraseSet(`
reason
reasons
justification
rationale
why
why this level
why required
`);

/** Words that point back to the reasons given in the clause before ("... The contract is therefore not divided"). */
export const BACK_REFERENCE = phraseSet(`
therefore
for these reasons
for this reason
for those reasons
for that reason
accordingly
as a result
consequently
`);

/** A consequence that makes the question before it a pass/fail condition ("Answering No ... will mean your application is rejected"). */
export const REJECTION = phraseSet(`
${REJECT_ANY}
# Round 17 dev half: "Suppliers who do not pass ... will not be invited to tender".
will not be invited to tender
will not be invited to submit a tender
will not be invited to quote
will not be asked to tender
will not be asked to submit a tender
will be rejected
will mean your application is rejected
will mean your tender is rejected
will mean your bid is rejected
will be excluded
will be disqualified
will fail
will result in rejection
will result in exclusion
will lead to rejection
will not be considered
will not be evaluated
will not be taken forward
will not progress
will not proceed
will not be shortlisted
cannot proceed
cannot accept an application
cannot accept applications
cannot accept a tender
cannot accept tenders
cannot accept a bid
cannot accept bids
will not accept an application
will not accept applications
will not accept tenders
answering no
an answer of no
pass/fail
pass or fail
`);

/** Words that show a sentence asks something (so a "reason" sentence after a demand is not itself a demand). */
export const ASKS = phraseSet(`
must
shall
required to
please confirm
please provide
please upload
please attach
please submit
please give
`);

// ---- Topics: the words that name each requirement ----

/** The topics are the report's (linter/core/model/requirement.ts). */
export type Topic = z.infer<typeof RequirementTopic>;

export const TOPIC_WORDS: Record<Topic, ReturnType<typeof phraseSet>> = {
  turnover: phraseSet(`
turnover
annual turnover
yearly turnover
annual income
`),
  reserves: phraseSet(`
reserves
unrestricted reserves
free reserves
cash reserves
financial reserves
minimum reserves
net assets
net asset
net asset position
net current assets
net worth
cash in the bank
cash at bank
cash balance
# Round 18 dev half: "cash balances of at least three months' operating costs".
cash balances
cash holdings
cash and cash equivalents
working capital
liquid assets
liquid funds
shareholders' funds
`),
  accounts: phraseSet(`
accounts
financial statements
statements of account
financials
net profit
profit and loss
profits
financial information
financial records
financial history
`),
  'trading-history': phraseSet(`
trading
traded
in business
established
in operation
operating for
trading history
track record
`),
  insurance: phraseSet(`
insurance
insurances
insured
indemnity
liability cover
cover
# Round 18 dev half: "A broker's letter ..., confirming each of the covers above as currently held, must accompany the response".
covers
broker's letter
employer's liability
employers' liability
public liability
professional indemnity
product liability
products liability
third party liability
`),
  certification: phraseSet(`
certification
certificate
certified
accreditation
accredited
registration
member of
membership
`),
  dspt: phraseSet(`
data security and protection toolkit
data security & protection toolkit
dspt
dsp toolkit
ig toolkit
information governance toolkit
`),
  'cyber-essentials': phraseSet(`
cyber essentials
cyber essentials plus
cyber essentials+
`),
  'prior-contract': phraseSet(`
existing provider
existing providers
existing supplier
existing suppliers
existing contractor
existing contractors
current provider
current providers
current supplier
current suppliers
incumbent
incumbents
previously held
have held
have you held
have you previously held
has your organisation held
has held
held a contract
hold a contract
holds a contract
held within
previously delivered
have delivered
has delivered
delivered at least one contract
previous contract
prior contract
existing contract
current contract
currently commissioned
currently contracted
previously commissioned
previously contracted
approved supplier
approved suppliers
approved contractor
approved contractors
approved provider
approved providers
framework supplier
framework suppliers
worked with
worked for
have provided
has provided
have carried out
has carried out
have done work for
has done work for
track record of working
experience of working
experience of delivering
experience of providing
history of working
# Round 10 dev half: the relationship in other words, and phrases that name the buyer themselves.
already delivering
under contract with
under contract to
currently be commissioned
# Round 12 dev half: "Has your organisation delivered a contract for Aberllyn County Borough Council ...?".
has your organisation delivered
have you delivered
delivered a contract for
delivered a contract to
# Round 13 dev half: "a current or previous recipient of a ... Council ... Grant", "a current delivery partner of NCA".
recipient of
recipients of
in receipt of
current delivery partner
existing delivery partner
# Round 14 dev half: "a current or past delivery partner of the Agency", "a working history with the Council, being at least one maintenance contract held with ...".
past delivery partner
previous delivery partner
working history with
contract held with
contracts held with
# "have completed at least one void repairs contract for Brackenridge Homes".
have completed
has completed
current partner
existing partner
be currently commissioned
currently be contracted
existing trust supplier
existing trust suppliers
existing council supplier
existing council suppliers
existing council contractor
existing council contractors
we currently contract with
we contract with
`),
  payment: phraseSet(`
pay
pays
paid
payment
payments
invoice
invoices
settle
settled
# Round 12 dev half: "The Trust settles supplier invoices within 45 days of the invoice date".
settles
`),
  'social-value': phraseSet(`
social value
community benefit
community benefits
`),
  'selection-stage': phraseSet(`
pqq
eligibility check
capability questionnaire
capability assessment
pre-qualification questionnaire
prequalification questionnaire
pre-qualification
prequalification
selection questionnaire
selection questions
selection stage
sq
expression of interest
expressions of interest
eoi
shortlist
shortlisted
shortlisting
short-list
short-listed
restricted procedure
stage one
stage 1
first stage
two-stage
two stage
suitability assessment
# Round 12 dev half: "Only suppliers who pass the suitability questions will be sent the full specification".
suitability questions
suitability questionnaire
suitability stage
# Round 13 dev half: "score the initial proposals and only the three highest-scoring ...", "assess capability
# statements ... invite no more than five", "pass the pre-tender questionnaire", "only be sent to contractors
# ... approved on the Council's Approved Contractor List".
initial proposal
initial proposals
capability statement
capability statements
pre-tender questionnaire
approved contractor list
approved supplier list
approved list
pre-tender check
pre-tender checks
supplier register
`),
  lots: phraseSet(`
lot
lots
single lot
divided into lots
division into lots
`),
};

// ---- Topic details shared by rules ----

/** Insurance kinds: a sum in the clause belongs to the kind named last before it. */
/**
 * Membership of a list, register or agreement ("registered on the College's Preferred Supplier Register",
 * "signatories to the Alliance Agreement"): a prior relationship with the buyer only when the list is
 * closed to newcomers (CLOSED_TO_NEW), in the clause or the next (round 15 dev half).
 */
export const MEMBERSHIP = phraseSet(`
registered on
registered with
signatories to
signatory to
signatories of
signatory of
member of
members of
admitted to
appointed to
on the approved list
on the approved register
# Round 18 dev half: "an approved contractor on our list, namely the ... Register, which closed to new entrants".
on our list
on our approved list
on our register
on our approved register
`);

/**
 * When a relationship is placed in the past or now, so that a bidder must already have it: read with
 * the buyer as its object ("must have supplied the Council in the last three years"), whatever the verb
 * (prior-contract's reading beyond its topic words).
 */
export const RELATIONSHIP_TIME = phraseSet(`
already
existing
currently
# Round 18 dev half: "a current framework partner of ours", "holds a current Individual Placement Agreement with the Council's Children's Services".
current
previously
in the last
in the past
within the last
within the past
during the last
over the last
over the past
in the previous
in the preceding
since
have held
has held
have supplied
has supplied
have worked
has worked
have provided
has provided
have delivered
has delivered
have been
has been
`);

/** The list is closed to anyone not already on it. */
export const CLOSED_TO_NEW = phraseSet(`
closed to new
not open to new
no longer open to new
not accepting new
no new applications
no new members
no new signatories
no new suppliers
will not accept new applications
will not be accepting new applications
closed to further applications
closed to applications
existing registered suppliers only
existing members only
existing signatories only
`);

export const INSURANCE_KIND = labelledSet<
  'employers-liability' | 'public-liability' | 'professional-indemnity' | 'product-liability' | 'other'
>(`
employers-liability: employer's liability
employers-liability: employers' liability
employers-liability: employer's liability insurance
employers-liability: employers liability
employers-liability: employer's (compulsory) liability
employers-liability: el insurance
employers-liability: el cover
public-liability: public liability
public-liability: third party liability
public-liability: third-party liability
public-liability: pl insurance
public-liability: pl cover
professional-indemnity: professional indemnity
professional-indemnity: professional negligence
professional-indemnity: pi insurance
professional-indemnity: pi cover
product-liability: product liability
product-liability: products liability
other: motor insurance
other: vehicle insurance
other: motor vehicle
other: clinical negligence
other: medical malpractice
other: cyber insurance
other: contract works
other: goods in transit
other: fidelity guarantee
other: abuse
other: fleet
`);

/** Named certification schemes (standards with numbers are found by pattern in certifications.ts). */
export const NAMED_SCHEMES = phraseSet(`
cyber essentials plus
cyber essentials+
cyber essentials
chas
chas elite
constructionline
constructionline gold
constructionline silver
safecontractor
smas
smas worksafe
acclaim
achilles
achilles uvdb
emas
ssip
investors in people
niceic
napit
fors
fors bronze
fors silver
fors gold
brcgs
brc
safe contractor
living wage employer
city & guilds
citb
corgi
aphc
ciphe
# Round 16 dev half: "Approval by the National Security Inspectorate (NSI) at Gold level".
national security inspectorate
nsi gold
nsi silver
ssaib
`);

/** Data the work touches: "no personal data" is said with a negation, so these are topic words too. */
export const SENSITIVE_DATA = phraseSet(`
personal data
personal information
patient data
patient information
patient records
patient-identifiable
clinical records
health records
health data
special category data
identifiable data
official-sensitive
official sensitive
official data
official information
nhs systems
patient administration system
shared care record
`);

/** What the work does with data: "will not have access to patient records", "does not involve personal data". */
export const DATA_ACCESS = phraseSet(`
access
access to
have access to
has access to
handle
handling
process
processing
hold
store
see
view
involve
involves
use
come into contact with
contact with
require access to
`);

/** "No patient data may be stored outside the UK": a negated data mention that restricts data the work does handle. */
export const DATA_RESTRICTION = phraseSet(`
outside the uk
outside the united kingdom
outside the eea
outside england
offshore
without consent
without permission
without the prior
without prior
without authorisation
without authorization
without approval
unless
except
other than
for any other purpose
for any purpose other
retained
shared with
disclosed
`);

/** Shortlisting: only some applicants go on to tender. */
export const SHORTLIST = phraseSet(`
shortlist
shortlisted
shortlisting
short-list
short-listed
will be invited to tender
invited to tender
invited to submit a tender
invited to submit tenders
invited to quote
invited to submit a quote
invited to submit a quotation
invited to submit quotations
asked to quote
invited to the tender stage
invited to stage two
invited to stage 2
asked to tender
go forward to
go through to
progress to
proceed to the tender stage
highest-scoring
highest scoring
top five
top three
top four
top six
up to four
up to five
up to six
up to three
pass/fail
only those that pass
who do not pass
that do not pass
who fail
that fail
only organisations that pass
only applicants that pass
only bidders that pass
will select
will be selected
select five
receive the itt
receive the invitation to tender
receive the tender pack
sent the tender pack
sent the itt
sent the invitation to tender
invited to submit a full proposal
invited to submit full proposals
restricted procedure
# Round 12 dev half: "invite no more than five suppliers to quote", "Only suppliers who pass the suitability questions will be sent the full specification".
invite no more than
invite up to
invite the top
invite the highest
only those who pass
only suppliers who pass
only suppliers that pass
only bidders who pass
only applicants who pass
only organisations who pass
only providers who pass
sent the full specification
# Round 13 dev half.
only be sent to
highest-ranked
# Round 14 dev half: "only applicants who pass the checks will receive the tender documents", "open only to suppliers who have been approved on the Council's Supplier Register".
receive the tender documents
receive the invitation to quote
who have been approved on
highest ranked
`);

/** Payment clocks and periods: the phrase before a number of days that makes it a payment period. */
export const PAYMENT_OURS = phraseSet(`
will pay
shall pay
we pay
we will pay
pays
to pay
payment terms
payment will be made
payments will be made
payment is made
payment shall be made
paid within
be paid
will be paid
shall be paid
settled within
will be settled
# Round 12 dev half: "The Trust settles supplier invoices within 45 days".
settles
will settle
we settle
payment within
payment period
on receipt of funding
# Round 16 dev half: "Payment of the supplier | Within 60 days of receipt of a valid invoice".
payment of the supplier
payment of the contractor
payment of the provider
payment to the supplier
payment to the contractor
payment to the provider
payment of invoices
`);

/** The buyer's own step that a payment period may be counted from, instead of the invoice's receipt. */
export const APPROVAL = phraseSet(`
approved
approval
approving
authorised
authorisation
authorising
authorized
authorization
certified
certification
certifying
signed off
sign-off
sign off
verified
verification
accepted by
acceptance by
passed for payment
`);

export const PAYMENT_ON_FUNDING = phraseSet(`
on receipt of funding
on receipt of the funding
on receipt of funds
on receipt of the grant
on receipt of grant
when funding is received
when the funding is received
when funds are received
when the grant is received
once funding is received
once the funding is received
once the grant is received
once the grant has been received
subject to receipt of funding
subject to the receipt of funding
subject to availability of funding
subject to the availability of funding
on receipt of payment from
# Round 12 dev half: "within 30 days of the Council receiving the corresponding grant funding".
receiving the grant
receiving grant funding
receiving the funding
receiving the corresponding grant
receipt of the corresponding grant
`);

/** Payment words used of others, not the buyer's own terms (the supplier's own staff, penalties, queries). */
export const PAYMENT_NOT_TERMS = phraseSet(`
prompt payment code
living wage
real living wage
penalty
penalties
service credits
dispute
disputed
queries
query
submitted within
must be submitted
should be submitted
be submitted
have been paid
were paid
has been paid
reporting period
reporting periods
pay their staff
pay its staff
pay your staff
pay staff
payment performance
95% of invoices
`);
