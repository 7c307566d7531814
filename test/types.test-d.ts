import { describe, expectTypeOf, it } from 'vitest';
import type { CallWindow, CallWindowInput, Channel, CheckResult, InputIssue, Script } from '../src/index.js';
import { InvalidInputError, checkMessage, nextCallWindow, renderScript } from '../src/index.js';

describe('public types', () => {
  it('takes a date-only string, an ISO string or a Date as interviewAt', () => {
    expectTypeOf<{ interviewAt: '2026-03-20' }>().toExtend<CallWindowInput>();
    expectTypeOf<{ interviewAt: Date }>().toExtend<CallWindowInput>();
    expectTypeOf<{ timeZone: 'UTC' }>().not.toExtend<CallWindowInput>();
  });

  it('returns the documented result types', () => {
    expectTypeOf(nextCallWindow).returns.toEqualTypeOf<CallWindow>();
    expectTypeOf(renderScript).returns.toEqualTypeOf<Script>();
    expectTypeOf(checkMessage).returns.toEqualTypeOf<CheckResult>();
  });

  it('names channels as a closed union', () => {
    expectTypeOf<Channel>().toEqualTypeOf<'phone' | 'voicemail' | 'email' | 'handwritten-note' | 'linkedin'>();
  });

  it('gives InvalidInputError a readonly list of issues with paths', () => {
    expectTypeOf<InvalidInputError['issues']>().toEqualTypeOf<readonly InputIssue[]>();
    expectTypeOf<InvalidInputError['name']>().toEqualTypeOf<'InvalidInputError'>();
  });
});
