import type { Report } from '../core/model/report.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
