import rule from '../../rules/cyber-essentials-plus.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
