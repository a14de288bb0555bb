import rule from '../../rules/prior-contract.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
