import rule from '../../rules/insurance-before-award.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
