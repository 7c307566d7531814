import { parseInput } from '../internal/parse-input.js';
import { countWords, speakingSeconds } from '../internal/words.js';
import { renderScriptInputSchema, type ParsedRenderScriptInput, type RenderScriptInput } from '../schemas/script.js';
import type { Channel } from '../schemas/types.js';
import { interviewDay } from './interview-day.js';
import type { Phrasings, Reach, ScriptFacts, ScriptLocale } from './locale.js';
import { phrasingIndex } from './phrasing-choice.js';
import { scriptLocales } from './script-locales.js';
import { sectionPlans, type SectionContext, type SectionStep } from './section-plans.js';
import type { Script, ScriptBranch, ScriptSection } from './types.js';
import { SCRIPT_WORD_BUDGETS } from './word-budgets.js';

/**
 * Writes a follow-up script (phone, voicemail, email, handwritten note or LinkedIn message)
 * from the candidate's facts, in US or British English.
 *
 * The same input always gives the same script; `variant` picks among at least three phrasings of
 * every section, independently per section. Facts are inserted exactly as typed (only outer spaces
 * are trimmed) and are never read as template syntax. Optional facts that are missing are left out;
 * a missing phone number (phone, voicemail) or contact detail (email) becomes a bracketed gap
 * listed in `placeholders`. The interview date is its calendar day in `timeZone`.
 *
 * @param input - The `kind` of script and the facts it tells: the `candidate`, the `role`,
 * `interviewedOn`, and optionally the `company`, the `interviewer`, a `topic`, `via`, the
 * `locale`, the `timeZone` and a `variant`; see {@link RenderScriptInput}.
 * @returns The script: its sections, the whole text, phone branches, an email subject, word
 * count, speaking time and the placeholders left to fill.
 * @throws {@link InvalidInputError} when the input does not match {@link renderScriptInputSchema}.
 * @example
 * ```ts
 * renderScript({
 *   kind: 'voicemail',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 *   interviewedOn: '2026-03-20',
 * }).kind;
 * //=> 'voicemail'
 * ```
 */
export function renderScript(input: RenderScriptInput): Script {
  const parsed = parseInput(renderScriptInputSchema, input);
  return writeScript(parsed);
}

interface WrittenSection extends ScriptSection {
  readonly before: SectionStep['before'];
  readonly optional: boolean;
}

/** A script being written: the facts, the locale and the gaps used so far. */
class ScriptWriter {
  private readonly gaps = new Set<string>();

  constructor(
    readonly facts: ScriptFacts,
    readonly locale: ScriptLocale,
    private readonly variant: number,
    private readonly phone: string | undefined,
    private readonly email: string | undefined,
  ) {}

  get placeholders(): string[] {
    return [...this.gaps];
  }

  choose<F>(sectionId: string, phrasings: Phrasings<F>, facts: F): string {
    const phrasing = phrasings[phrasingIndex(this.variant, sectionId, phrasings.length)] ?? phrasings[0];
    return phrasing(facts);
  }

  writeSections(kind: Channel): WrittenSection[] {
    const written: WrittenSection[] = [];
    for (const step of sectionPlans[kind]) {
      const text = step.write(this.contextFor(step.id));
      if (text !== undefined) written.push({ id: step.id, text, before: step.before, optional: step.optional === true });
    }
    return written;
  }

  private gap(text: string): string {
    this.gaps.add(text);
    return text;
  }

  private contextFor(sectionId: string): SectionContext {
    const { facts, locale, phone, email } = this;
    return {
      facts,
      locale,
      say: (phrasings, sectionFacts) => this.choose(sectionId, phrasings, sectionFacts),
      reachByPhoneOrEmail: (): Reach => {
        if (phone !== undefined) return { by: 'phone', value: phone };
        if (email !== undefined) return { by: 'email', value: email };
        return { by: 'phone', value: this.gap(locale.gaps.phoneNumber) };
      },
      reachByPhone: (): Reach => ({ by: 'phone', value: phone ?? this.gap(locale.gaps.phoneNumber) }),
      optionalReach: (): Reach | undefined => {
        if (phone !== undefined) return { by: 'phone', value: phone };
        if (email !== undefined) return { by: 'email', value: email };
        return undefined;
      },
      signatureLines: (): readonly string[] => {
        const lines = [phone, email].filter((line) => line !== undefined);
        return lines.length > 0 ? lines : [this.gap(locale.gaps.emailAddress)];
      },
    };
  }
}

function joinSections(sections: readonly WrittenSection[]): string {
  return sections.map((section, index) => (index === 0 ? section.text : section.before + section.text)).join('');
}

/**
 * Leaves out optional sections, last first, while the text is over the budget. With facts of
 * ordinary length nothing is left out; the loop only matters for very long facts.
 */
function fitToBudget(sections: readonly WrittenSection[], budget: number): WrittenSection[] {
  const kept = [...sections];
  while (countWords(joinSections(kept)) > budget) {
    const index = kept.findLastIndex((section) => section.optional);
    if (index === -1) break;
    kept.splice(index, 1);
  }
  return kept;
}

function optionalFact(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim();
}

function writeScript(input: ParsedRenderScriptInput): Script {
  const localeTag = input.locale ?? 'en-US';
  const locale = scriptLocales[localeTag];
  const facts: ScriptFacts = {
    candidateName: input.candidate.name.trim(),
    role: input.role.trim(),
    company: optionalFact(input.company),
    interviewerName: optionalFact(input.interviewer?.name),
    interviewerTitle: optionalFact(input.interviewer?.title),
    topic: optionalFact(input.topic),
    interviewDate: locale.formatInterviewDate(interviewDay(input.interviewedOn, input.timeZone ?? 'UTC')),
    via: input.via ?? 'employer',
  };
  const writer = new ScriptWriter(
    facts,
    locale,
    input.variant ?? 0,
    optionalFact(input.candidate.phone),
    optionalFact(input.candidate.email),
  );

  const wordBudget = SCRIPT_WORD_BUDGETS[input.kind];
  const sections = fitToBudget(writer.writeSections(input.kind), wordBudget);
  const text = joinSections(sections);
  const subject = input.kind === 'email' ? writer.choose('subject', locale.email.subject, facts) : undefined;
  const branches = input.kind === 'phone' ? writeBranches(writer) : undefined;
  const wordCount = countWords(text);

  return {
    kind: input.kind,
    locale: localeTag,
    ...(subject === undefined ? {} : { subject }),
    sections: sections.map(({ id, text: sectionText }) => ({ id, text: sectionText })),
    text,
    ...(branches === undefined ? {} : { branches }),
    wordCount,
    estimatedSeconds: speakingSeconds(wordCount),
    wordBudget,
    placeholders: writer.placeholders,
  };
}

function writeBranches(writer: ScriptWriter): ScriptBranch[] {
  const { badTime, roleFilled, noAnswer } = writer.locale.phoneBranches;
  const voicemail = fitToBudget(writer.writeSections('voicemail'), SCRIPT_WORD_BUDGETS.voicemail);
  return [
    { id: 'bad-time', when: badTime.when, text: writer.choose('bad-time', badTime.text, writer.facts) },
    { id: 'role-filled', when: roleFilled.when, text: writer.choose('role-filled', roleFilled.text, writer.facts) },
    { id: 'no-answer', when: noAnswer.when, text: joinSections(voicemail) },
  ];
}
