import { testRuleCases } from '../support/ruleCases';
import { CASES } from './from392c.cases';
testRuleCases(CASES);
