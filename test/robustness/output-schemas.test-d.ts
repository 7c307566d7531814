import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { CallWindow, ChannelAdvice, CheckResult, Diagnostic, FollowUpPlan, RuleMeta, Script } from '../../src/index.js';
import type {
  callWindowSchema,
  channelAdviceSchema,
  checkResultSchema,
  followUpPlanSchema,
  rulesSchema,
  scriptSchema,
} from './output-schemas.js';

// The output schemas of the robustness tests describe the exported result types: every field
// of a type is in its schema with a type that takes the field's values, and no schema has a field
// the type lacks. (The exported types are readonly; the schemas' types are not.)

type Frozen<T> = T extends (infer Item)[] ? readonly Frozen<Item>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;
type Out<S extends z.ZodMiniType> = Frozen<z.output<S>>;

describe('the output schemas and the exported types agree', () => {
  it('CallWindow', () => {
    expectTypeOf<CallWindow>().toExtend<Out<typeof callWindowSchema>>();
    expectTypeOf<keyof CallWindow>().toEqualTypeOf<keyof Out<typeof callWindowSchema>>();
  });

  it('Script', () => {
    expectTypeOf<Script>().toExtend<Out<typeof scriptSchema>>();
    expectTypeOf<keyof Script>().toEqualTypeOf<keyof Out<typeof scriptSchema>>();
  });

  it('CheckResult and Diagnostic', () => {
    expectTypeOf<CheckResult>().toExtend<Out<typeof checkResultSchema>>();
    expectTypeOf<keyof CheckResult>().toEqualTypeOf<keyof Out<typeof checkResultSchema>>();
    expectTypeOf<keyof Diagnostic>().toEqualTypeOf<keyof Out<typeof checkResultSchema>['diagnostics'][number]>();
  });

  it('ChannelAdvice', () => {
    expectTypeOf<ChannelAdvice>().toExtend<Out<typeof channelAdviceSchema>>();
    expectTypeOf<keyof ChannelAdvice>().toEqualTypeOf<keyof Out<typeof channelAdviceSchema>>();
  });

  it('FollowUpPlan', () => {
    expectTypeOf<FollowUpPlan>().toExtend<Out<typeof followUpPlanSchema>>();
    expectTypeOf<keyof FollowUpPlan>().toEqualTypeOf<keyof Out<typeof followUpPlanSchema>>();
  });

  it('the rules list', () => {
    expectTypeOf<readonly RuleMeta[]>().toExtend<Out<typeof rulesSchema>>();
    expectTypeOf<keyof RuleMeta>().toEqualTypeOf<keyof Out<typeof rulesSchema>[number]>();
  });
});
