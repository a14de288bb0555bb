import rule from '../../rules/payment-performance-small-contract.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
