import rule from '../../rules/dspt-small-contract.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
