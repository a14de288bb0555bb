import rule from '../../rules/certification-equivalent.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
