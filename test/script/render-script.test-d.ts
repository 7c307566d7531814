import { describe, expectTypeOf, it } from 'vitest';
import type { Channel, Locale, RenderScriptInput, Script, ScriptBranch, ScriptSection } from '../../src/index.js';
import { SCRIPT_WORD_BUDGETS, renderScript } from '../../src/index.js';
import type { Phrasings, ScriptLocale } from '../../src/script/locale.js';
import { enUSScriptLocale } from '../../src/script/locales/en-US.js';

describe('renderScript types', () => {
  it('takes the facts and returns a Script', () => {
    expectTypeOf(renderScript).parameter(0).toEqualTypeOf<RenderScriptInput>();
    expectTypeOf(renderScript).returns.toEqualTypeOf<Script>();
  });

  it('requires the kind, the candidate, the role and the interview date', () => {
    expectTypeOf<{ kind: 'email'; candidate: { name: string }; role: string; interviewedOn: string }>().toExtend<RenderScriptInput>();
    expectTypeOf<{ kind: 'email'; candidate: { name: string }; role: string }>().not.toExtend<RenderScriptInput>();
    expectTypeOf<{ kind: 'fax'; candidate: { name: string }; role: string; interviewedOn: string }>().not.toExtend<RenderScriptInput>();
    expectTypeOf<RenderScriptInput['interviewedOn']>().toEqualTypeOf<string | Date>();
  });

  it('describes the script with typed kind, locale, sections and branches', () => {
    expectTypeOf<Script['kind']>().toEqualTypeOf<Channel>();
    expectTypeOf<Script['locale']>().toEqualTypeOf<Locale>();
    expectTypeOf<Script['sections']>().toEqualTypeOf<readonly ScriptSection[]>();
    expectTypeOf<Script['branches']>().toEqualTypeOf<readonly ScriptBranch[] | undefined>();
    expectTypeOf<Script['subject']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Script['placeholders']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Script['wordBudget']>().toBeNumber();
  });

  it('has a word budget for every kind', () => {
    expectTypeOf(SCRIPT_WORD_BUDGETS).toEqualTypeOf<Readonly<Record<Channel, number>>>();
  });
});

describe('ScriptLocale types', () => {
  it('accepts a complete locale file', () => {
    expectTypeOf(enUSScriptLocale).toExtend<ScriptLocale>();
  });

  it('rejects a section with fewer than three phrasings', () => {
    const two = [() => 'Thank you.', () => 'Many thanks.'] as const;
    expectTypeOf(two).not.toExtend<Phrasings>();
    expectTypeOf([() => 'a', () => 'b', () => 'c'] as const).toExtend<Phrasings>();
  });

  it('rejects a locale that lacks a section', () => {
    type PhoneWithoutClose = Omit<ScriptLocale['phone'], 'close'>;
    expectTypeOf<Omit<ScriptLocale, 'phone'> & { phone: PhoneWithoutClose }>().not.toExtend<ScriptLocale>();
  });

  it('gives a template only named facts, never a raw string to parse', () => {
    expectTypeOf<ScriptLocale['phone']['greeting'][0]>().parameter(0).toHaveProperty('candidateName').toBeString();
    expectTypeOf<ScriptLocale['phone']['greeting'][0]>().parameter(0).not.toBeString();
  });
});
