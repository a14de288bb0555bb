import rule from '../../rules/reserves-requirement.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
