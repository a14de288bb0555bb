import rule from '../../rules/plain-language.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
