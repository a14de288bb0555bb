import rule from '../../rules/psr-key-criteria.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
