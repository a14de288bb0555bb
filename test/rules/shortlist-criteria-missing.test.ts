import rule from '../../rules/shortlist-criteria-missing.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
