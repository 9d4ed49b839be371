import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from146.cases';
testRuleCases(CASES);
