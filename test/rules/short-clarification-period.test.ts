import rule from '../../rules/short-clarification-period.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
