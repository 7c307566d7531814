import { describe, expectTypeOf, it } from 'vitest';
import { jsonSchemas, planFollowUp } from '../../src/index.js';
import type { CheckResult, FollowUpPlan, InputJsonSchemas, JsonSchema, PlanFollowUpInput, Script } from '../../src/index.js';

describe('planFollowUp types', () => {
  it('takes one flat object and no script kind', () => {
    expectTypeOf<{ interviewAt: '2026-03-20'; candidate: { name: 'Ana' }; role: 'Analyst' }>().toExtend<PlanFollowUpInput>();
    expectTypeOf<{ interviewAt: '2026-03-20'; candidate: { name: 'Ana' } }>().not.toExtend<PlanFollowUpInput>();
    expectTypeOf<{ interviewAt: Date; candidate: { name: 'Ana' }; role: 'Analyst'; contacts: { email: true } }>().toExtend<PlanFollowUpInput>();
  });

  it('returns scripts and checks that may be missing', () => {
    expectTypeOf(planFollowUp).returns.toEqualTypeOf<FollowUpPlan>();
    expectTypeOf<FollowUpPlan['script']>().toEqualTypeOf<Script | null>();
    expectTypeOf<FollowUpPlan['check']>().toEqualTypeOf<CheckResult | null>();
    expectTypeOf<FollowUpPlan['plannedAt']>().toEqualTypeOf<string>();
  });

  it('names a JSON Schema for each public input', () => {
    expectTypeOf(jsonSchemas).toEqualTypeOf<InputJsonSchemas>();
    expectTypeOf<keyof InputJsonSchemas>().toEqualTypeOf<
      'callWindowInput' | 'renderScriptInput' | 'checkMessageInput' | 'recommendChannelInput' | 'planFollowUpInput'
    >();
    expectTypeOf(jsonSchemas.planFollowUpInput).toEqualTypeOf<JsonSchema>();
  });
});
