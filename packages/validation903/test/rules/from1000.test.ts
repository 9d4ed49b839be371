import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from1000.cases';
testRuleCases(CASES);
