import rule from '../../rules/suitability-contradiction.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
