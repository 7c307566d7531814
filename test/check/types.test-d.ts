import { describe, expectTypeOf, it } from 'vitest';
import type { CheckMessageInput, Diagnostic, RuleId, RuleMeta } from '../../src/index.js';
import { rules } from '../../src/index.js';

describe('checking types', () => {
  it('names rule ids as a closed union derived from the rule files', () => {
    expectTypeOf<'asks-for-decision'>().toExtend<RuleId>();
    expectTypeOf<'interest-then-decline'>().toExtend<RuleId>();
    expectTypeOf<'no-such-rule'>().not.toExtend<RuleId>();
  });

  it('types diagnostics and metadata with rule ids', () => {
    expectTypeOf<Diagnostic['ruleId']>().toEqualTypeOf<RuleId>();
    expectTypeOf(rules).toEqualTypeOf<readonly RuleMeta<RuleId>[]>();
  });

  it('accepts rule settings by id', () => {
    expectTypeOf<{ text: string; rules: { pushy: 'off' } }>().toExtend<CheckMessageInput>();
    expectTypeOf<{ text: string; rules: { pushy: 'loud' } }>().not.toExtend<CheckMessageInput>();
  });
});
