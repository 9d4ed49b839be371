import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from351.cases';

testRuleCases(CASES);
