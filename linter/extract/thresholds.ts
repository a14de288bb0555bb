/**
 * Procurement Act 2023 Schedule 1 thresholds from 1 January 2026 (S.I. 2025/1200), VAT included.
 * NHS trusts, foundation trusts and NHS England are central government authorities (Procurement
 * Regulations 2024 reg 44, Sch.2); integrated care boards and councils are not.
 */
export const THRESHOLDS = {
  goodsServicesCentral: 135_018,
  goodsServicesSubCentral: 207_720,
  works: 5_193_000,
  lightTouch: 663_540,
} as const;

export const VAT_RATE = 0.2;

/** A value as the statutory thresholds see it: VAT included. */
export function withVat(amount: number, vat: 'excluding' | 'including' | 'unknown'): number {
  return vat === 'excluding' ? amount * (1 + VAT_RATE) : amount;
}
