import rule from '../../rules/payment-terms.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
