import type { Channel } from '../schemas/types.js';
import type { Phrasings, Reach, ScriptFacts, ScriptLocale } from './locale.js';

/**
 * What a section may ask for while it is written: the facts, the locale's sentences, a phrasing
 * chosen for this section, and contact details (a missing required one becomes a recorded gap).
 *
 * @example
 * ```ts
 * const step = sectionPlans.phone[0];
 * step?.id;
 * //=> 'greeting'
 * ```
 */
export interface SectionContext {
  readonly facts: ScriptFacts;
  readonly locale: ScriptLocale;
  /** Writes this section with the phrasing its id and the variant choose. */
  say<F>(phrasings: Phrasings<F>, facts: F): string;
  /** The phone number, else the email address, else the phone gap. */
  reachByPhoneOrEmail(): Reach;
  /** The phone number, else the phone gap: a voicemail must leave a number. */
  reachByPhone(): Reach;
  /** The phone number, else the email address, else nothing. */
  optionalReach(): Reach | undefined;
  /** The phone number and email address for under the name of an email, else the email gap. */
  signatureLines(): readonly string[];
}

/**
 * One section of a script: its stable id, how it is joined to the section before it, and how it
 * is written. `write` returns `undefined` when a missing optional fact leaves nothing to say.
 *
 * @example
 * ```ts
 * sectionPlans.email.map((step) => step.id).at(-1);
 * //=> 'sign-off'
 * ```
 */
export interface SectionStep {
  readonly id: string;
  /** Placed before this section unless it comes first: a space, a line break or a blank line. */
  readonly before: ' ' | '\n' | '\n\n';
  /** Left out first when the script runs over its word budget. */
  readonly optional?: true;
  readonly write: (context: SectionContext) => string | undefined;
}

const LINE = '\n';
const PARAGRAPH = '\n\n';
const SPACE = ' ';

/**
 * The sections of each kind of script, in speaking or reading order. The phone order follows
 * good practice for the call: greeting, who you are, when you met and for which role, whether now
 * is a good time, thanks, one thing you appreciated, why you are calling (the status of the role,
 * your interest, the timeline), how to reach you, and a hopeful close. Spoken scripts put each
 * section on its own line to read from; written ones group sentences into paragraphs.
 *
 * @example
 * ```ts
 * sectionPlans.voicemail.map((step) => step.id);
 * //=> [ 'introduction', 'interview', 'reason', 'contact', 'close' ]
 * ```
 */
export const sectionPlans: Readonly<Record<Channel, readonly SectionStep[]>> = {
  phone: [
    { id: 'greeting', before: LINE, write: (c) => c.say(c.locale.phone.greeting, c.facts) },
    { id: 'introduction', before: LINE, write: (c) => c.say(c.locale.phone.introduction, c.facts) },
    { id: 'interview', before: LINE, write: (c) => c.say(c.locale.phone.interview, c.facts) },
    { id: 'good-time', before: LINE, write: (c) => c.say(c.locale.phone.goodTime, c.facts) },
    { id: 'thanks', before: LINE, write: (c) => c.say(c.locale.phone.thanks, c.facts) },
    { id: 'appreciation', before: LINE, optional: true, write: (c) => withTopic(c, c.locale.phone.appreciation) },
    { id: 'status', before: LINE, write: (c) => c.say(c.locale.phone.status, c.facts) },
    { id: 'interest', before: LINE, write: (c) => c.say(c.locale.phone.interest, c.facts) },
    { id: 'next-steps', before: LINE, write: (c) => c.say(c.locale.phone.nextSteps, c.facts) },
    {
      id: 'contact',
      before: LINE,
      write: (c) => c.say(c.locale.phone.contact, { ...c.facts, reach: c.reachByPhoneOrEmail() }),
    },
    { id: 'close', before: LINE, write: (c) => c.say(c.locale.phone.close, c.facts) },
  ],
  voicemail: [
    { id: 'introduction', before: LINE, write: (c) => c.say(c.locale.voicemail.introduction, c.facts) },
    { id: 'interview', before: LINE, write: (c) => c.say(c.locale.voicemail.interview, c.facts) },
    { id: 'reason', before: LINE, write: (c) => c.say(c.locale.voicemail.reason, c.facts) },
    {
      id: 'contact',
      before: LINE,
      write: (c) => c.say(c.locale.voicemail.contact, { ...c.facts, reach: c.reachByPhone() }),
    },
    { id: 'close', before: LINE, write: (c) => c.say(c.locale.voicemail.close, c.facts) },
  ],
  email: [
    { id: 'greeting', before: PARAGRAPH, write: (c) => c.say(c.locale.email.greeting, c.facts) },
    { id: 'thanks', before: PARAGRAPH, write: (c) => c.say(c.locale.email.thanks, c.facts) },
    { id: 'appreciation', before: SPACE, optional: true, write: (c) => withTopic(c, c.locale.email.appreciation) },
    { id: 'interest', before: PARAGRAPH, write: (c) => c.say(c.locale.email.interest, c.facts) },
    { id: 'next-steps', before: SPACE, write: (c) => c.say(c.locale.email.nextSteps, c.facts) },
    { id: 'invitation', before: PARAGRAPH, write: (c) => c.say(c.locale.email.invitation, c.facts) },
    {
      id: 'sign-off',
      before: PARAGRAPH,
      write: (c) => c.say(c.locale.email.signOff, { ...c.facts, contactLines: c.signatureLines() }),
    },
  ],
  'handwritten-note': [
    { id: 'greeting', before: PARAGRAPH, write: (c) => c.say(c.locale.handwrittenNote.greeting, c.facts) },
    { id: 'thanks', before: PARAGRAPH, write: (c) => c.say(c.locale.handwrittenNote.thanks, c.facts) },
    {
      id: 'appreciation',
      before: SPACE,
      optional: true,
      write: (c) => withTopic(c, c.locale.handwrittenNote.appreciation),
    },
    { id: 'interest', before: PARAGRAPH, write: (c) => c.say(c.locale.handwrittenNote.interest, c.facts) },
    {
      id: 'contact',
      before: SPACE,
      write: (c) => {
        const reach = c.optionalReach();
        return reach === undefined ? undefined : c.say(c.locale.handwrittenNote.contact, { ...c.facts, reach });
      },
    },
    // The contact details are already in the body of a note, so the signature is the name alone.
    {
      id: 'sign-off',
      before: PARAGRAPH,
      write: (c) => c.say(c.locale.handwrittenNote.signOff, { ...c.facts, contactLines: [] }),
    },
  ],
  linkedin: [
    { id: 'greeting', before: PARAGRAPH, write: (c) => c.say(c.locale.linkedin.greeting, c.facts) },
    { id: 'thanks', before: PARAGRAPH, write: (c) => c.say(c.locale.linkedin.thanks, c.facts) },
    { id: 'interest', before: SPACE, write: (c) => c.say(c.locale.linkedin.interest, c.facts) },
    { id: 'next-steps', before: SPACE, write: (c) => c.say(c.locale.linkedin.nextSteps, c.facts) },
    // The reader can answer on the platform, so the message carries only the name.
    {
      id: 'sign-off',
      before: PARAGRAPH,
      write: (c) => c.say(c.locale.linkedin.signOff, { ...c.facts, contactLines: [] }),
    },
  ],
};

function withTopic(context: SectionContext, phrasings: ScriptLocale['phone']['appreciation']): string | undefined {
  const { topic } = context.facts;
  return topic === undefined ? undefined : context.say(phrasings, { ...context.facts, topic });
}
