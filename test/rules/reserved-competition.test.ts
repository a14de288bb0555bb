import rule from '../../rules/reserved-competition.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
