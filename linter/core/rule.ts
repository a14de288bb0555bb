import type { z } from 'zod';
import type { TenderDocument } from './model/document.js';
import type { Facts, StatedFacts } from './model/facts.js';
import type { FindingData, Severity } from './model/finding.js';
import type { Passage } from './extract/passages.js';
import type { LawTable } from './law.js';

/** A worked example: the tests run it and the docs print it, so the two cannot drift apart. */
export interface RuleExample {
  /** Markdown text of a small tender. */
  text: string;
  /** Facts given as if by CLI flags. */
  facts?: StatedFacts;
  /** The severity the finding must have (flag examples only); defaults to the rule's. */
  severity?: Severity;
  /** The message must contain this (flag examples only): the numbers users rely on. */
  message?: string;
  /** Where the phrasing comes from, for real-world examples. */
  source?: string;
}

export interface RuleMeta<O extends z.ZodObject, M extends string = string> {
  id: string;
  /** A short human name for the rule, for the extension's cards and lists ("Turnover demand over twice the annual value"). */
  title: string;
  severity: Severity;
  description: string;
  rationale: string;
  /** What the rule rests on under each law; a finding cites only the governing law's entry. */
  citations: LawTable;
  /** Groups the report and lists use ("2025-26": the checks the 2025-2026 rules support). */
  tags?: string[];
  /** The fix in general terms; findings give the concrete one with numbers. */
  fix: string;
  /**
   * Each kind of finding the rule reports, by message id, with what it means and the keys of its
   * data (ESLint's meta.messages): reports and the extension tell findings apart by id, not by wording.
   */
  messages: Record<M, string>;
  options: O;
  examples: { flag: RuleExample[]; pass: RuleExample[] };
  /** What the rule deliberately does not flag. */
  exclusions: string[];
}

export interface Report<M extends string = string> {
  passage: Passage;
  /** Which of the rule's meta.messages this finding is. */
  messageId: M;
  message: string;
  /** A fix with this finding's numbers; the rule's general fix otherwise. */
  fix?: string;
  /** A lower severity than the rule's (a justified case, an unknown value). */
  severity?: Severity;
  related?: Array<{ message: string; passage?: Passage }>;
  /**
   * The law the rule judged this finding under, when the document shows it is governed by a law its
   * facts did not resolve (a Sell2Wales notice from a devolved Welsh authority): the finding cites that law's entry.
   */
  judgedAs?: Facts['regime']['law'];
  /** The numbers behind the message, for reports that must not judge again ({} when it has none). */
  data: FindingData;
}

export interface RuleContext<O, M extends string = string> {
  doc: TenderDocument;
  facts: Facts;
  /** The law that governs the document (facts.regime.law): messages name its provisions, never another law's. */
  law: Facts['regime']['law'];
  options: O;
  report(r: Report<M>): void;
}

export interface Rule<O extends z.ZodObject = z.ZodObject, M extends string = string> {
  meta: RuleMeta<O, M>;
  check(ctx: RuleContext<z.infer<O>, M>): void;
}

/** Keeps a rule's metadata and check in one typed object; a report's messageId must be one of meta.messages. */
export function defineRule<O extends z.ZodObject, M extends string>(rule: Rule<O, M>): Rule<O, M> {
  return rule;
}
