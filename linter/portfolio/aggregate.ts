import type { TenderDocument } from '../core/model/document.js';
import type { Facts } from '../core/model/facts.js';
import type { Finding, Severity } from '../core/model/finding.js';
import { daysBetween } from '../core/extract/dates.js';
import { wholeValue } from '../core/extract/facts/annual-value.js';
import { rules as registry } from '../../rules/index.js';

/** The rules of the checks the 2025-2026 rules support, from their metadata (the report reads their findings, never re-judges). */
export const NEW_CHECKS: readonly string[] = registry
  .filter((r) => r.meta.tags?.includes('2025-26'))
  .map((r) => r.meta.id);
const NEW = new Set(NEW_CHECKS);

// No thresholds here: what is too short, too high or too large is the rules' judgment (with the
// user's options), read from each finding's data. This file only counts and bins.

/** Tender period bins: 5-day bins from 0 to 60, then 60+ (bin edges fall on 25 and 30). */
export const PERIOD_BIN_DAYS = 5;
export const PERIOD_BINS = 13;
/** Turnover multiple bins: upper bounds (inclusive); the last bin is open. */
export const MULTIPLE_EDGES = [1, 2, 3, 4, 5, 10] as const;

export interface FindingBrief {
  ruleId: string;
  severity: Severity;
  message: string;
  excerpt: string;
  field?: string;
}

/** A notice as the report shows it: small, so a portfolio of 100,000 fits in memory. */
export interface NoticeRow {
  ocid: string;
  file: string;
  title?: string;
  buyer?: string;
  url?: string;
  published?: string;
  deadline?: string;
  /** Days from publication to the submission deadline (calendar days, deadline date minus publication date). */
  days?: number;
  /** short-tender-period's finding on this notice: under a statutory minimum, or under the recommended days where none applies. */
  period?: { statutory: boolean; minimumDays: number };
  regime: string;
  value?: number;
  valueBasis?: 'annual' | 'total';
  lots: 'divided' | 'single' | 'not described';
  lotsReasons: boolean;
  /** The highest turnover demanded, as a multiple of the annual value. */
  turnoverMultiple?: number;
  /** turnover-multiple found a demand above its benchmark (the benchmark from the finding). */
  turnoverOver?: { multiple: number; benchmark: number };
  /** unlotted-large-contract's finding: the total value and the rule's large-contract value. */
  unlotted?: { value: number; largeValue: number };
  sme?: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings of the 2025-2026 checks (NEW_CHECKS) on this notice. */
  newChecks: number;
  rules: string[];
  /** Full findings: kept only for the notices the table shows. */
  findings: FindingBrief[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ReadError {
  file: string;
  code: string;
  message: string;
}

export interface PortfolioSummary {
  notices: number;
  noticesWithFindings: number;
  noticesWithErrors: number;
  /** Notices with an error or a warning: a barrier, not only a note. */
  noticesWithBarriers: number;
  findings: SeverityCounts;
  readErrors: number;
  readErrorSamples: ReadError[];
  byRule: Array<{ ruleId: string } & SeverityCounts>;
  /** Every 2025-2026 check, found or not, with its findings by severity; and how many notices have one. */
  newChecks: Array<{ ruleId: string } & SeverityCounts>;
  noticesWithNewChecks: number;
  byBuyer: Array<{ buyer: string; notices: number; noticesWithFindings: number } & SeverityCounts>;
  buyers: number;
  period: {
    bins: number[];
    /** Per bin, the most serious short-tender-period finding among its notices. */
    binWorst: Array<'statutory' | 'recommended' | null>;
    judged: number;
    callOffs: number;
    unknown: number;
    /** Notices with a short-tender-period finding under a statutory minimum (each notice's own). */
    underStatutory: number;
    /** Notices with any short-tender-period finding (statutory, or under the recommended days). */
    underMinimum: number;
    /** The distinct minimums the findings applied, in days. */
    minimums: number[];
    median?: number;
  };
  turnover: {
    bins: number[];
    notices: number;
    overBenchmark: number;
    /** The benchmarks the turnover findings applied (the rule's maxMultiple). */
    benchmarks: number[];
    max?: number;
  };
  /** The large-contract values the unlotted findings applied. */
  unlottedLargeValues: number[];
  unlotted: NoticeRow[];
  unlottedLargeCount: number;
  smeMarkedWithFindings: number;
  smeMarked: number;
  rows: NoticeRow[];
  rowsTotal: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Collects notices one by one and keeps only what the report needs. */
export class Portfolio {
  private notices = 0;
  private withFindings = 0;
  private withErrors = 0;
  private withBarriers = 0;
  private totals: SeverityCounts = { error: 0, warning: 0, info: 0 };
  private rules = new Map<string, SeverityCounts>();
  private buyers = new Map<string, { notices: number; noticesWithFindings: number } & SeverityCounts>();
  private periodBins = new Array<number>(PERIOD_BINS).fill(0);
  private periodWorst = new Array<'statutory' | 'recommended' | null>(PERIOD_BINS).fill(null);
  private underStatutory = 0;
  private underMinimum = 0;
  private periodMinimums = new Set<number>();
  private turnoverBenchmarks = new Set<number>();
  private unlottedLargeValues = new Set<number>();
  private periodDays: number[] = [];
  private callOffs = 0;
  private periodUnknown = 0;
  private multipleBins = new Array<number>(MULTIPLE_EDGES.length + 1).fill(0);
  private turnoverNotices = 0;
  private turnoverOver = 0;
  private turnoverMax: number | undefined;
  private unlotted: NoticeRow[] = [];
  private unlottedLarge = 0;
  private smeMarked = 0;
  private smeWithFindings = 0;
  private readErrors = 0;
  private readErrorSamples: ReadError[] = [];
  private rows: NoticeRow[] = [];
  private withNewChecks = 0;

  /** @param maxRows how many notices the table keeps (those with the most serious findings first). */
  constructor(
    readonly maxRows = 1000,
    readonly maxUnlotted = 10,
  ) {}

  /** One linted notice (or document). Returns its row (with the turnover multiple and period), e.g. for CSV. */
  add(doc: TenderDocument, facts: Facts, findings: Finding[], file: string): NoticeRow {
    this.notices++;
    const row = this.rowOf(doc, facts, findings, file);
    if (findings.length > 0) this.withFindings++;
    if (row.errors > 0) this.withErrors++;
    if (row.errors + row.warnings > 0) this.withBarriers++;
    if (row.newChecks > 0) this.withNewChecks++;
    this.totals.error += row.errors;
    this.totals.warning += row.warnings;
    this.totals.info += row.infos;
    for (const f of findings) {
      let r = this.rules.get(f.ruleId);
      if (!r) this.rules.set(f.ruleId, (r = { error: 0, warning: 0, info: 0 }));
      r[f.severity]++;
    }
    const buyerName = row.buyer ?? '(buyer not stated)';
    let b = this.buyers.get(buyerName);
    if (!b) this.buyers.set(buyerName, (b = { notices: 0, noticesWithFindings: 0, error: 0, warning: 0, info: 0 }));
    b.notices++;
    if (findings.length > 0) b.noticesWithFindings++;
    b.error += row.errors;
    b.warning += row.warnings;
    b.info += row.infos;

    if (facts.regime.id === 'framework-call-off') this.callOffs++;
    else if (row.days === undefined || row.days < 0) this.periodUnknown++;
    else {
      const bin = Math.min(PERIOD_BINS - 1, Math.floor(row.days / PERIOD_BIN_DAYS));
      this.periodBins[bin]!++;
      this.periodDays.push(row.days);
      if (row.period) {
        this.periodWorst[bin] =
          row.period.statutory || this.periodWorst[bin] === 'statutory' ? 'statutory' : 'recommended';
      }
    }
    if (row.period) {
      this.underMinimum++;
      if (row.period.statutory) this.underStatutory++;
      this.periodMinimums.add(row.period.minimumDays);
    }

    if (row.turnoverMultiple !== undefined) {
      this.turnoverNotices++;
      const m = row.turnoverMultiple;
      let bin = MULTIPLE_EDGES.findIndex((e) => m <= e + 1e-9);
      if (bin < 0) bin = MULTIPLE_EDGES.length;
      this.multipleBins[bin]!++;
      this.turnoverMax = Math.max(this.turnoverMax ?? 0, m);
    }
    if (row.turnoverOver) {
      this.turnoverOver++;
      this.turnoverBenchmarks.add(row.turnoverOver.benchmark);
    }

    if (row.sme) {
      this.smeMarked++;
      if (row.errors + row.warnings > 0) this.smeWithFindings++;
    }

    if (row.unlotted) {
      this.unlottedLarge++;
      this.unlottedLargeValues.add(row.unlotted.largeValue);
      this.keepTop(this.unlotted, row, this.maxUnlotted, (a, b) => (b.unlotted?.value ?? 0) - (a.unlotted?.value ?? 0));
    }
    this.keepTop(this.rows, row, this.maxRows, rowOrder);
    return row;
  }

  /** A file or release that could not be read. */
  addError(file: string, code: string, message: string): void {
    this.readErrors++;
    if (this.readErrorSamples.length < 20) this.readErrorSamples.push({ file, code, message });
  }

  private keepTop(list: NoticeRow[], row: NoticeRow, max: number, order: (a: NoticeRow, b: NoticeRow) => number): void {
    list.push(row);
    // Sorting every time would be quadratic: trim when the list is twice the size kept.
    if (list.length >= max * 2) {
      list.sort(order);
      list.length = max;
    }
  }

  private rowOf(doc: TenderDocument, facts: Facts, findings: Finding[], file: string): NoticeRow {
    const count = (s: Severity) => findings.reduce((n, f) => n + (f.severity === s ? 1 : 0), 0);
    const days =
      facts.published && facts.submissionDeadline
        ? daysBetween(facts.published.date, facts.submissionDeadline.date)
        : undefined;
    const turnoverMultiple = facts.turnoverMultiple;
    // Findings are told apart by rule and message id, and read through their data: never re-judged.
    const of = (id: string, ...messageIds: string[]) =>
      findings.filter((f) => f.ruleId === id && (messageIds.length === 0 || messageIds.includes(f.messageId)));
    const num = (f: Finding, key: string) => (typeof f.data[key] === 'number' ? f.data[key] : undefined);
    const periodFinding = of('short-tender-period', 'short-tender').sort(
      (a, b) => Number(b.data.statutory === true) - Number(a.data.statutory === true),
    )[0];
    const turnoverFindings = of('turnover-multiple', 'over-multiple').filter((f) => num(f, 'multiple') !== undefined);
    const worstTurnover = turnoverFindings.sort((a, b) => num(b, 'multiple')! - num(a, 'multiple')!)[0];
    const unlottedFinding = of('unlotted-large-contract')[0];
    const n = doc.notice;
    const total = wholeValue(facts);
    return {
      ocid: n?.id ?? doc.path,
      file,
      ...(n?.title ? { title: n.title } : { title: doc.blocks.find((b) => b.kind === 'heading')?.text ?? doc.path }),
      ...(n?.buyer ? { buyer: n.buyer } : {}),
      ...(n?.url ? { url: n.url } : {}),
      ...(facts.published ? { published: facts.published.date } : {}),
      ...(facts.submissionDeadline ? { deadline: facts.submissionDeadline.date } : {}),
      ...(days !== undefined ? { days } : {}),
      regime: facts.regime.id,
      ...(total !== undefined ? { value: total, valueBasis: 'total' as const } : {}),
      lots: facts.lots.divided === true ? 'divided' : facts.lots.divided === false ? 'single' : 'not described',
      lotsReasons: Boolean(facts.lots.reasons),
      ...(turnoverMultiple !== undefined ? { turnoverMultiple } : {}),
      ...(periodFinding && num(periodFinding, 'minimumDays') !== undefined
        ? {
            period: {
              statutory: periodFinding.data.statutory === true,
              minimumDays: num(periodFinding, 'minimumDays')!,
            },
          }
        : {}),
      ...(worstTurnover && num(worstTurnover, 'maxMultiple') !== undefined
        ? { turnoverOver: { multiple: num(worstTurnover, 'multiple')!, benchmark: num(worstTurnover, 'maxMultiple')! } }
        : {}),
      ...(unlottedFinding &&
      num(unlottedFinding, 'totalValue') !== undefined &&
      num(unlottedFinding, 'largeValue') !== undefined
        ? { unlotted: { value: num(unlottedFinding, 'totalValue')!, largeValue: num(unlottedFinding, 'largeValue')! } }
        : {}),
      ...(n?.suitability?.sme !== undefined ? { sme: n.suitability.sme } : {}),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      newChecks: findings.reduce((n, f) => n + (NEW.has(f.ruleId) ? 1 : 0), 0),
      rules: [...new Set(findings.map((f) => f.ruleId))],
      findings: findings
        .slice()
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        .map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          excerpt: f.excerpt,
          ...(f.location.field ? { field: f.location.field } : {}),
        })),
    };
  }

  summary(): PortfolioSummary {
    // Most serious first: a commissioner reads the breaches before the notes.
    const byRule = [...this.rules]
      .map(([ruleId, c]) => ({ ruleId, ...c }))
      .sort(
        (a, b) => b.error - a.error || b.warning - a.warning || b.info - a.info || a.ruleId.localeCompare(b.ruleId),
      );
    const byBuyer = [...this.buyers]
      .map(([buyer, c]) => ({ buyer, ...c }))
      .filter((b) => total(b) > 0)
      .sort((a, b) => b.error - a.error || total(b) - total(a) || a.buyer.localeCompare(b.buyer))
      .slice(0, 15);
    const days = this.periodDays.sort((a, b) => a - b);
    const rows = this.rows.sort(rowOrder).slice(0, this.maxRows);
    return {
      notices: this.notices,
      noticesWithFindings: this.withFindings,
      noticesWithErrors: this.withErrors,
      noticesWithBarriers: this.withBarriers,
      findings: { ...this.totals },
      readErrors: this.readErrors,
      readErrorSamples: this.readErrorSamples,
      byRule,
      newChecks: NEW_CHECKS.map((ruleId) => ({
        ruleId,
        ...(this.rules.get(ruleId) ?? { error: 0, warning: 0, info: 0 }),
      })),
      noticesWithNewChecks: this.withNewChecks,
      byBuyer,
      buyers: this.buyers.size,
      period: {
        bins: this.periodBins,
        binWorst: this.periodWorst,
        judged: days.length,
        callOffs: this.callOffs,
        unknown: this.periodUnknown,
        underStatutory: this.underStatutory,
        underMinimum: this.underMinimum,
        minimums: [...this.periodMinimums].sort((a, b) => a - b),
        ...(days.length ? { median: days[Math.floor((days.length - 1) / 2)]! } : {}),
      },
      turnover: {
        bins: this.multipleBins,
        notices: this.turnoverNotices,
        overBenchmark: this.turnoverOver,
        benchmarks: [...this.turnoverBenchmarks].sort((a, b) => a - b),
        ...(this.turnoverMax !== undefined ? { max: this.turnoverMax } : {}),
      },
      unlotted: this.unlotted
        .sort((a, b) => (b.unlotted?.value ?? 0) - (a.unlotted?.value ?? 0))
        .slice(0, this.maxUnlotted),
      unlottedLargeValues: [...this.unlottedLargeValues].sort((a, b) => a - b),
      unlottedLargeCount: this.unlottedLarge,
      smeMarked: this.smeMarked,
      smeMarkedWithFindings: this.smeWithFindings,
      rows,
      rowsTotal: this.notices,
    };
  }
}

function total(c: SeverityCounts): number {
  return c.error + c.warning + c.info;
}

/** Most serious first: errors, then warnings, then infos, then the larger contract. */
function rowOrder(a: NoticeRow, b: NoticeRow): number {
  return (
    b.errors - a.errors ||
    b.warnings - a.warnings ||
    b.infos - a.infos ||
    (b.value ?? 0) - (a.value ?? 0) ||
    a.ocid.localeCompare(b.ocid)
  );
}
