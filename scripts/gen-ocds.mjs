#!/usr/bin/env node
// Generates synthetic OCDS releases for the portfolio report benchmark: varied values, dates, buyers,
// regimes, lots and texts with turnover, DSPT and insurance phrases (and the real data's mess:
// mojibake, stripped "\r\n", placeholder values). Deterministic for a given seed. Not committed data.
//
//   node scripts/gen-ocds.mjs --count 100000 --out bench-output/releases.jsonl
//   node scripts/gen-ocds.mjs --count 20000 --format package --out bench-output/package.json
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'bench-output/releases.jsonl' },
    format: { type: 'string', default: 'jsonl' }, // jsonl | package
    seed: { type: 'string', default: '42' },
  },
});
const count = Number(opts.count);
if (!Number.isInteger(count) || count < 1) throw new Error('--count takes a whole number');
if (!['jsonl', 'package'].includes(opts.format)) throw new Error('--format is jsonl or package');

// mulberry32: small, fast, deterministic.
let seed = Number(opts.seed) >>> 0;
function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const PLACES = [
  'Anytown',
  'Northshire',
  'Riverside',
  'Eastleigh',
  'Westbury',
  'Kingsford',
  'Harbour City',
  'Millbrook',
  'Ashdale',
  'Stonebridge',
  'Fernhill',
  'Oakham Vale',
];
const KINDS = [
  'Borough Council',
  'County Council',
  'City Council',
  'NHS Foundation Trust',
  'Integrated Care Board',
  'University',
  'Housing Association',
  'Fire and Rescue Authority',
  'Health Board',
  'Parish Council',
];
const BUYERS = PLACES.flatMap((p) => KINDS.map((k) => `${p} ${k}`));
const SUBJECTS = [
  ['Community mental health support', 'services'],
  ['Grounds maintenance', 'services'],
  ['School catering', 'services'],
  ['Domiciliary care', 'services'],
  ['IT managed service', 'services'],
  ['Office furniture', 'goods'],
  ['Library books', 'goods'],
  ['Resurfacing works', 'works'],
  ['Boiler replacement', 'works'],
  ['Youth services', 'services'],
  ['Translation and interpreting', 'services'],
  ['Patient transport', 'services'],
  ['Digital inclusion programme', 'services'],
  ['Confidential waste collection', 'services'],
];
const METHODS = [
  ['open', 'Open procedure (above threshold)', 0.3],
  ['open', 'Open procedure', 0.2],
  ['selective', 'Restricted procedure', 0.1],
  ['limited', 'Call-off from a framework agreement', 0.12],
  ['open', 'Competitive quotation (below threshold)', 0.13],
  ['open', 'Light touch regime', 0.08],
  ['selective', 'Competitive flexible procedure', 0.07],
];
const CHECK = METHODS.reduce((a, m) => a + m[2], 0);
function method() {
  let r = rand() * CHECK;
  for (const m of METHODS) if ((r -= m[2]) <= 0) return m;
  return METHODS[0];
}

// Log-uniform values from £5k to £500m, with some missing and some placeholders.
function value() {
  if (chance(0.06)) return undefined;
  if (chance(0.03)) return 0.01;
  return Math.round(Math.exp(Math.log(5_000) + rand() * (Math.log(500_000_000) - Math.log(5_000))) / 100) * 100;
}
const gbp = (n) =>
  pick([
    `£${n.toLocaleString('en-GB')}`,
    `GBP ${n.toLocaleString('en-GB')}`,
    `${n.toLocaleString('en-GB')} GBP`,
    `Â£${n.toLocaleString('en-GB')}`,
  ]);

function selectionText(v, years) {
  const parts = [];
  if (chance(0.55)) {
    const annual = v ? v / years : 200_000;
    const multiple = pick([1, 1.5, 2, 2, 3, 4, 5, 10]);
    parts.push(
      chance(0.2)
        ? `Bidders must demonstrate a turnover of at least ${pick(['twice', 'three times', '2x', '3x'])} the annual contract value.`
        : `Bidders will be required to have a minimum "general" yearly turnover of ${gbp(Math.round(annual * multiple))} for the last 3 years.`,
    );
  }
  if (chance(0.4))
    parts.push(
      `Employer's (Compulsory) Liability Insurance = ${pick(['5M GBP', '10 million GBP', 'GBP 5 000 000'])}rn Public Liability Insurance = ${pick(['1 million GBP', '5M GBP', '10M GBP'])}`,
    );
  if (chance(0.15))
    parts.push(
      `Bidders must hold ${pick(['the NHS Data Security and Protection Toolkit (DSPT) at Standards Met', 'DSP Toolkit Standards Met'])} at the time of submitting a bid.`,
    );
  if (chance(0.25)) parts.push('Bidders must provide their 3 most recent sets of audited accounts.');
  if (chance(0.2)) parts.push('ISO 9001 certification is mandatory.');
  return parts.join('rn ');
}

function makeRelease(i) {
  const [pm, details] = method();
  const [subject, category] = pick(SUBJECTS);
  const buyer = pick(BUYERS);
  const v = value();
  const published = new Date(Date.UTC(2024, 0, 1) + int(0, 900) * 86_400_000 + int(8, 17) * 3_600_000);
  const days = details.startsWith('Call-off')
    ? pick([0, 1, 7, 14])
    : pick([3, 6, 10, 14, 14, 20, 21, 25, 28, 30, 30, 35, 40, 45, 60]);
  const deadline = new Date(published.getTime() + days * 86_400_000 + int(0, 6) * 3_600_000);
  const years = pick([1, 2, 3, 4, 5]);
  const ext = pick([0, 0, 1, 2]);
  const lotCount = chance(0.35) ? int(2, 6) : chance(0.6) ? 1 : 0;
  const ocid = `ocds-bench0-${String(i).padStart(8, '0')}`;
  const lots = Array.from({ length: lotCount }, (_, j) => ({
    id: String(j + 1),
    title: lotCount > 1 ? `Lot ${j + 1}: ${pick(PLACES)} area` : undefined,
    ...(v && lotCount > 1 ? { value: { amount: Math.round(v / lotCount), currency: 'GBP' } } : {}),
    contractPeriod: { durationInDays: years * 360 },
    ...(ext
      ? {
          hasRenewal: true,
          renewal: { description: `Option to extend for a further ${ext === 1 ? 'one year' : 'two years'}` },
        }
      : {}),
  }));
  const tender = {
    id: `T${i}`,
    title: `${subject} for ${buyer}`,
    description: `${buyer} is seeking a provider for ${subject.toLowerCase()}.rn The contract will run for ${years} years${ext ? ` with an option to extend by ${ext} further year${ext > 1 ? 's' : ''}` : ''}.rn ${chance(0.3) ? 'The contract is not divided into lots.' : ''}`,
    status: 'active',
    ...(v !== undefined ? { value: { amount: v, currency: 'GBP' } } : {}),
    datePublished: published.toISOString(),
    procurementMethod: pm,
    procurementMethodDetails: details,
    mainProcurementCategory: category,
    submissionMethod: chance(0.03) ? ['written'] : ['electronicSubmission'],
    tenderPeriod: { endDate: deadline.toISOString() },
    ...(chance(0.3)
      ? {
          enquiryPeriod: {
            endDate: new Date(published.getTime() + int(1, Math.max(1, days - 1)) * 86_400_000).toISOString(),
          },
        }
      : {}),
    ...(lots.length ? { lots } : {}),
    ...(lots.length === 1 && chance(0.2)
      ? { lotDetails: { noLotsDivisionRationale: 'The service must be delivered as one integrated pathway.' } }
      : {}),
    ...(chance(0.5) ? { suitability: { sme: chance(0.7), vcse: chance(0.4) } } : {}),
    selectionCriteria: {
      criteria: [{ type: 'economic', description: selectionText(v && v > 100 ? v : undefined, years + ext) }],
    },
    documents: [
      {
        id: `D${i}`,
        documentType: 'tenderNotice',
        url: `https://www.contractsfinder.service.gov.uk/Notice/bench-${i}`,
        format: 'text/html',
      },
    ],
  };
  return {
    ocid,
    id: `${ocid}-1`,
    date: published.toISOString(),
    tag: ['tender'],
    initiationType: 'tender',
    buyer: { name: buyer },
    parties: [{ name: buyer, roles: ['buyer'] }],
    tender,
  };
}

mkdirSync(dirname(opts.out), { recursive: true });
const out = createWriteStream(opts.out);
const write = (s) => (out.write(s) ? undefined : new Promise((ok) => out.once('drain', ok)));
if (opts.format === 'package')
  await write(
    '{"uri":"https://example.org/bench","publishedDate":"2026-01-01T00:00:00Z","publisher":{"name":"tenderlint benchmark"},"version":"1.1","releases":[\n',
  );
for (let i = 0; i < count; i++) {
  const json = JSON.stringify(makeRelease(i));
  await write(opts.format === 'package' ? (i ? ',\n' : '') + json : json + '\n');
}
if (opts.format === 'package') await write('\n]}\n');
await new Promise((ok) => out.end(ok));
process.stderr.write(`gen-ocds: ${count} releases written to ${opts.out} (${opts.format})\n`);
