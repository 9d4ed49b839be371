import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from565.cases';
testRuleCases(CASES);
