import rule from '../../rules/accounts-history.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
