import { testRuleCases } from '../support/ruleCases';
import { CASES } from './fromINT05.cases';

testRuleCases(CASES);
