import type { Law } from '../model/facts.js';

/**
 * The statutory thresholds as a dated table: a procurement is judged by the row in force on the day
 * it began. Procurement Act 2023 Schedule 1 (and the s.85 works figures, which are the same
 * goods-and-services figures), VAT included. The 2024 figures applied from 1 January 2024 (under the
 * PCR 2015 and then the Act); S.I. 2025/1200 set the 2026 figures from 1 January 2026 (PPN 023:2026;
 * Wales adopted the same figures by its own 2025 amending regulations). Light touch concessions stay
 * £5,372,609. NHS trusts, foundation trusts and NHS England are central government authorities
 * (Procurement Regulations 2024 reg 44, Sch.2); integrated care boards and councils are not.
 *
 * Scotland: the Procurement Reform (Scotland) Act 2014 s.3 regulates procurements from £50,000
 * (goods and services) and £2,000,000 (works), EXCLUDING VAT. Its Public Contracts (Scotland)
 * Regulations 2015 used the 2024 figures above; whether Scotland adopted the 2026 figures is not
 * confirmed here, so its row ends on 31 December 2025 and later Scottish procurements have no
 * above-threshold row (rules then make no statutory claim that needs one).
 */
export interface ThresholdRow {
  /** First day the figures applied (ISO date). */
  from: string;
  /** Last day, when a later row or an unconfirmed change ends it. */
  until?: string;
  laws: readonly Law[];
  /** Where the figures come from, as messages and the report name it. */
  source: string;
  goodsServicesCentral: number;
  goodsServicesSubCentral: number;
  works: number;
  lightTouch: number;
  utilities?: number;
  utilitiesLightTouch?: number;
  vat: 'including';
}

export const THRESHOLD_TABLE: readonly ThresholdRow[] = [
  {
    from: '2024-01-01',
    until: '2025-12-31',
    laws: ['pa2023', 'pa2023-wales', 'pcr2015', 'psr', 'scotland'],
    source: 'the 2024 thresholds',
    goodsServicesCentral: 139_688,
    goodsServicesSubCentral: 214_904,
    works: 5_372_609,
    lightTouch: 663_540,
    vat: 'including',
  },
  {
    from: '2026-01-01',
    laws: ['pa2023', 'pa2023-wales', 'pcr2015', 'psr'],
    source: 'S.I. 2025/1200, from 1 January 2026',
    goodsServicesCentral: 135_018,
    goodsServicesSubCentral: 207_720,
    works: 5_193_000,
    lightTouch: 663_540,
    utilities: 415_440,
    utilitiesLightTouch: 884_720,
    vat: 'including',
  },
];

/** Procurement Reform (Scotland) Act 2014 s.3: regulated procurements, VAT excluded. */
export const SCOTLAND_REGULATED = {
  goodsServices: 50_000,
  works: 2_000_000,
  vat: 'excluding' as const,
  source: 'Procurement Reform (Scotland) Act 2014 s.3',
};

/**
 * The row in force for a law on the day a procurement began. With no date (a draft being written
 * now), the newest row for the law. Undefined when the table has no row for that law and day.
 */
export function thresholdsOn(law: Law, begun: string | undefined): ThresholdRow | undefined {
  const rows = THRESHOLD_TABLE.filter((r) => r.laws.includes(law));
  if (!begun) {
    const newest = rows.at(-1);
    // A law whose newest row has ended (Scotland after 2025) has no current figures.
    return newest && !newest.until ? newest : undefined;
  }
  return rows.find((r) => r.from <= begun && (!r.until || begun <= r.until));
}

/**
 * The current (newest) figures, for callers that do not yet know when a procurement began.
 * Prefer thresholdsOn(law, begun).
 */
export const THRESHOLDS = THRESHOLD_TABLE.at(-1)!;

export const VAT_RATE = 0.2;

/** A value as the statutory thresholds see it: VAT included. */
export function withVat(amount: number, vat: 'excluding' | 'including' | 'unknown'): number {
  return vat === 'excluding' ? amount * (1 + VAT_RATE) : amount;
}

/** A value as the Scottish s.3 thresholds see it: VAT excluded (a value stated with VAT loses it). */
export function withoutVat(amount: number, vat: 'excluding' | 'including' | 'unknown'): number {
  return vat === 'including' ? amount / (1 + VAT_RATE) : amount;
}
