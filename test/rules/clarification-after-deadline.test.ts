import rule from '../../rules/clarification-after-deadline.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
