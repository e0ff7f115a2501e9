/** Every rule, in the order their findings are listed in the README. */
import type { Rule } from '../src/rule.js';
import placeholder from './placeholder.js';
import unresolvedChoice from './unresolved-choice.js';
import bracketedValue from './bracketed-value.js';
import wrongYear from './wrong-year.js';
import wrongOffice from './wrong-office.js';
import missingSection from './missing-section.js';
import numbering from './numbering.js';
import capaian from './capaian.js';
import formula from './formula.js';
import tableArithmetic from './table-arithmetic.js';
import capaianConsistency from './capaian-consistency.js';
import proseArithmetic from './prose-arithmetic.js';
import budgetConsistency from './budget-consistency.js';
import amountConsistency from './amount-consistency.js';
import countConsistency from './count-consistency.js';
import identifierConsistency from './identifier-consistency.js';

export const allRules: Rule<unknown>[] = [
  placeholder,
  unresolvedChoice,
  bracketedValue,
  wrongYear,
  wrongOffice,
  missingSection,
  numbering,
  capaian,
  formula,
  tableArithmetic,
  capaianConsistency,
  proseArithmetic,
  budgetConsistency,
  amountConsistency,
  countConsistency,
  identifierConsistency,
] as Rule<unknown>[];
