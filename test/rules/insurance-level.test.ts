import rule from '../../rules/insurance-level.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
