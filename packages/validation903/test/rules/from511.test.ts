import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from511.cases';
testRuleCases(CASES);
