import rule from '../../rules/social-value-weighting.js';
import { testRuleExamples } from './harness.js';

testRuleExamples(rule);
