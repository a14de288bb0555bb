import rule from '../../rules/past-deadline.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
