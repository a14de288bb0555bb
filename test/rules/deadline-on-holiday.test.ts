import rule from '../../rules/deadline-on-holiday.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
