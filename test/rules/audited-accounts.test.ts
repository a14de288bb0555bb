import rule from '../../rules/audited-accounts.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
