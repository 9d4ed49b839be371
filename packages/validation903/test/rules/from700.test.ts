import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from700.cases';
testRuleCases(CASES);
