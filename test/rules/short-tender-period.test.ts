import rule from '../../rules/short-tender-period.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
