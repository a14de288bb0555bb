import rule from '../../rules/below-threshold-selection.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
