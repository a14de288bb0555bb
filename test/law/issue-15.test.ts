import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { rules } from '../../rules/index.js';
import { parseOcds } from '../../linter/core/parse/ocds.js';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { lintDocument } from '../../linter/core/lint.js';

const NEW = [
  'reserved-competition',
  'suitability-contradiction',
  'payment-performance-small-contract',
  'shortlist-criteria-missing',
  'clarification-after-deadline',
  'deadline-on-holiday',
  'past-deadline',
  'psr-key-criteria',
];
const ROOT = join(import.meta.dirname, '../..');

describe('issue 15: done when', () => {
  it('lists every new rule with --list-rules, each with a docs page and a title', async () => {
    const listed = (await cli(['--list-rules'])).stdout;
    for (const id of NEW) {
      expect(listed).toContain(id);
      expect(existsSync(join(ROOT, 'docs/rules', `${id}.md`)), id).toBe(true);
      expect(rules.find((r) => r.meta.id === id)?.meta.title.length).toBeGreaterThan(10);
    }
  });

  const pqq =
    'The estimated total value is £120,000 excluding VAT. Organisations must first complete a PQQ, and only those who pass will be invited to tender.';
  it.each([
    ['a Welsh council', `# Cyngor Sir Ceredigion County Council: community transport\n\n${pqq}`, {}],
    ['a buyer in Wales', pqq, { nation: 'wales' as const }],
    ['a framework call-off', `This is a call-off from framework RM6116 by further competition. ${pqq}`, {}],
    ['a school', `# St Mary’s Primary School: catering\n\n${pqq}`, {}],
  ])('%s: no below-threshold-selection warning or error', (_, text, stated) => {
    const r = lintDocument(parseMarkdown('x.md', text), { stated });
    const f = r.findings.filter((x) => x.ruleId === 'below-threshold-selection');
    expect(f.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('an English council’s PQQ below threshold is still an error', () => {
    const r = lintDocument(parseMarkdown('x.md', `# Kingsbridge District Council: community transport\n\n${pqq}`), {
      stated: { published: '2026-03-02' },
    });
    expect(r.findings.filter((x) => x.ruleId === 'below-threshold-selection').map((x) => x.severity)).toEqual([
      'error',
    ]);
  });
});

describe('OCDS fields the new rules read', () => {
  const record = {
    ocid: 'ocds-h6vhtk-0001',
    releases: [
      {
        ocid: 'ocds-h6vhtk-0001',
        id: 'p1',
        date: '2026-01-05T09:00:00Z',
        tag: ['planning'],
        tender: { title: 'Planned' },
      },
      {
        ocid: 'ocds-h6vhtk-0001',
        id: 't1',
        date: '2026-03-02T09:00:00Z',
        tag: ['tender'],
        parties: [{ id: 'b', name: 'Cardiff Council', roles: ['buyer'], address: { region: 'UKL22' } }],
        buyer: { id: 'b' },
        tender: {
          title: 'Grounds maintenance',
          items: [{ classification: { scheme: 'CPV', id: '77314000' } }],
          otherRequirements: { reservedParticipation: ['sme', 'vcse'] },
          lots: [
            { id: '1', title: 'North', suitability: { sme: true } },
            { id: '2', title: 'South', suitability: { vcse: true } },
          ],
        },
      },
    ],
  };
  it('reads planning notice dates, CPV codes, reserved participation, per-lot suitability and the buyer’s region', () => {
    const [doc] = parseOcds('r.json', JSON.stringify(record));
    expect(doc!.notice).toMatchObject({
      plannedNotices: ['2026-01-05'],
      cpv: ['77314000'],
      reserved: { to: ['sme', 'vcse'], field: 'tender.otherRequirements.reservedParticipation' },
      lots: [
        { id: '1', title: 'North', sme: true },
        { id: '2', title: 'South', vcse: true },
      ],
      region: 'UKL22',
    });
    expect(doc!.stated.nation).toBe('wales');
    expect(doc!.blocks.some((b) => b.location.field === 'tender.lots[0].suitability')).toBe(true);
  });
});
