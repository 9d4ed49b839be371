import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from199.cases';
testRuleCases(CASES);
