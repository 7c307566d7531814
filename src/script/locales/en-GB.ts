import { calendarNamesOf } from '../../internal/calendar-names.js';
import { closeSentence } from '../close-sentence.js';
import type { ScriptFacts, ScriptLocale, WithReach, WithSignature } from '../locale.js';

// Small pieces of British English grammar shared by the templates below. Each returns text for
// a fact that may be missing, so no template ever prints an empty slot.

/** " at Acme", or nothing when the company is unknown. */
const atCompany = (f: ScriptFacts): string => (f.company === undefined ? '' : ` at ${f.company}`);
/** " at Acme." ending a sentence, without a second stop after "Acme Inc."; just "." without a company. */
const atCompanyFullStop = (f: ScriptFacts): string => closeSentence(atCompany(f));
/** Through an agency: the client by name, or "your client". */
const client = (f: ScriptFacts): string => f.company ?? 'your client';
/** The organisation the candidate hopes to join. */
const team = (f: ScriptFacts): string => f.company ?? 'the team';
const isAgency = (f: ScriptFacts): boolean => f.via === 'agency';
/** In Britain you are reached "on" a telephone number but "at" an email address. */
const reachMeOnOrAt = (f: WithReach): string => (f.reach.by === 'phone' ? `on ${f.reach.value}` : `at ${f.reach.value}`);
const ringOrEmail = (f: WithReach): string => (f.reach.by === 'phone' ? 'ring' : 'email');
const numberOrAddress = (f: WithReach): string => (f.reach.by === 'phone' ? 'number' : 'email address');
/** A written salutation when the reader's name is unknown: their title, else a neutral one. */
const unnamedReader = (f: ScriptFacts, fallback: string): string => f.interviewerTitle ?? fallback;
const signature = (closing: string, f: WithSignature): string => [closing, f.candidateName, ...f.contactLines].join('\n');
/**
 * British letter convention: "Yours sincerely" to a reader greeted by name, "Yours faithfully"
 * to one greeted only by title or as "Hiring Manager".
 */
const yoursFormally = (f: ScriptFacts): string => (f.interviewerName === undefined ? 'Yours faithfully,' : 'Yours sincerely,');

/**
 * The script sentences in British English: "20 March" dates, "Kind regards" and "Yours
 * sincerely"/"Yours faithfully", a number given "on", and British spelling. Every sentence is this
 * project's own writing.
 *
 * @example
 * ```ts
 * enGBScriptLocale.formatInterviewDate(new Date(2026, 2, 20, 12));
 * //=> 'Friday 20 March'
 * ```
 */
export const enGBScriptLocale = {
  // The weekday helps the reader place the day; the year is left out because a follow-up comes
  // within weeks of the interview.
  formatInterviewDate: (day) => {
    const { weekday, dayOfMonth, month } = calendarNamesOf(day);
    return `${weekday} ${String(dayOfMonth)} ${month}`;
  },

  gaps: {
    phoneNumber: '[your phone number]',
    emailAddress: '[your email address]',
  },

  // The call is kept short: the role is named once, and each sentence does one job.
  phone: {
    greeting: [
      (f) => (f.interviewerName === undefined ? 'Hello there.' : `Hello, is that ${f.interviewerName}?`),
      (f) => (f.interviewerName === undefined ? 'Good to speak to you.' : `Hello, could I speak to ${f.interviewerName}, please?`),
      (f) => (f.interviewerName === undefined ? 'Hello.' : `${closeSentence(`Hello, ${f.interviewerName}`)} Good to speak to you.`),
    ],
    introduction: [
      (f) => `It's ${f.candidateName} here.`,
      (f) => `My name is ${closeSentence(f.candidateName)}`,
      (f) => `This is ${f.candidateName} calling.`,
    ],
    interview: [
      (f) =>
        isAgency(f)
          ? `You put me forward for the ${f.role} role with ${client(f)}, and I had my interview on ${f.interviewDate}.`
          : `I had an interview with you for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `I interviewed with ${client(f)} on ${f.interviewDate} for the ${f.role} post.`
          : `We met on ${f.interviewDate} to discuss the ${f.role} post${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `On ${f.interviewDate} I had my interview with ${client(f)} for the ${f.role} role.`
          : `On ${f.interviewDate} I interviewed for the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    goodTime: [
      () => 'Have you got a couple of minutes, or shall I ring back later?',
      () => 'Is now a convenient time, or would later suit you better?',
      () => 'Is this a good moment to talk, or is it a bad time?',
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? 'Thank you for arranging the interview, and for taking my call.'
          : 'Thank you again for the interview, and for taking my call.',
      (f) =>
        isAgency(f)
          ? 'Many thanks for setting up the interview, and for picking up.'
          : 'Many thanks for seeing me, and for picking up.',
      (f) =>
        isAgency(f)
          ? 'Thank you for your help so far, and for taking this call.'
          : 'Thank you for your time at the interview, and for taking this call.',
    ],
    appreciation: [
      (f) =>
        isAgency(f)
          ? `I particularly enjoyed the discussion about ${closeSentence(f.topic)}`
          : `I particularly enjoyed our discussion about ${closeSentence(f.topic)}`,
      (f) =>
        isAgency(f)
          ? `I really valued hearing about ${closeSentence(f.topic)}`
          : `I really valued what you told me about ${closeSentence(f.topic)}`,
      (f) => `Hearing about ${f.topic} was a highlight for me.`,
    ],
    status: [
      (f) =>
        isAgency(f)
          ? `I'm ringing to ask whether you've had an update from ${closeSentence(client(f))}`
          : "I'm ringing to ask whether the role is still open.",
      (f) => (isAgency(f) ? 'I wanted to check whether the post is still open.' : 'I wanted to check on the status of the post.'),
      (f) =>
        isAgency(f)
          ? `The reason for my call is to find out where things stand with ${closeSentence(client(f))}`
          : 'The reason for my call is to find out whether the post is still open.',
    ],
    interest: [
      (f) => `I'm still very interested and would be delighted to join ${closeSentence(team(f))}`,
      () => 'I remain very interested in the post.',
      () => "I'd like you to know that I'm still very interested.",
    ],
    nextSteps: [
      () => 'Could you tell me a little about the timescale and the next steps?',
      (f) => (isAgency(f) ? `Has ${client(f)} said anything about the next steps?` : 'What does the timescale look like from here?'),
      () => 'Is there anything you can tell me about the next steps?',
    ],
    contact: [
      (f) => `If you have any further questions, you can reach me ${closeSentence(reachMeOnOrAt(f))}`,
      (f) => `Please feel free to ${ringOrEmail(f)} me ${reachMeOnOrAt(f)} with any other questions.`,
      (f) => `If anything else comes up, my ${numberOrAddress(f)} is ${closeSentence(f.reach.value)}`,
    ],
    close: [
      () => 'Thank you again for your time. I look forward to hearing from you.',
      () => 'Many thanks for your time, and I hope we speak again.',
      () => 'I appreciate your time, and I look forward to the next steps.',
    ],
  },

  phoneBranches: {
    badTime: {
      when: "They say it isn't a convenient time.",
      text: [
        () => "Not a problem at all. When would be a better time for me to ring you back? Thank you, I'll call you then.",
        () => "Of course, I understand. What time would suit you better for a short call? Thanks, I'll ring back then.",
        () => "That's absolutely fine. When would be convenient for me to try again? Lovely, thank you. I'll call you then.",
      ],
    },
    roleFilled: {
      when: 'They say the role has already been filled.',
      text: [
        (f) =>
          isAgency(f)
            ? "Thank you for letting me know, and for putting me forward. If another role comes up that suits my background, I'd be glad to hear about it. Thanks again for your help."
            : `Thank you for letting me know. I enjoyed meeting you and learning about ${closeSentence(team(f))} If a similar role comes up, I'd be glad to be considered. Thanks again for your time.`,
        (f) =>
          isAgency(f)
            ? "I appreciate you telling me. I'd welcome hearing about other vacancies that could suit me. Thank you, and all the best."
            : `I appreciate you telling me. It was a pleasure to interview with ${team(f)}, and I'd welcome the chance to be considered for future vacancies. Thank you, and all the best.`,
        () =>
          "Thanks for the update. I'm glad I had the chance to interview, and I'd be happy to be considered if anything similar comes up. Have a lovely day.",
      ],
    },
    noAnswer: { when: 'Nobody answers and the call goes to voicemail.' },
  },

  // A voicemail must stay under about 30 seconds with the number said twice, so these sentences
  // are short and the agency's client is named once only.
  voicemail: {
    introduction: [
      (f) =>
        f.interviewerName === undefined
          ? `Hello, it's ${f.candidateName} here.`
          : `Hello ${f.interviewerName}, it's ${f.candidateName} here.`,
      (f) =>
        f.interviewerName === undefined
          ? `Hello, this is ${f.candidateName} calling.`
          : `Hello ${f.interviewerName}, this is ${f.candidateName} calling.`,
      (f) =>
        f.interviewerName === undefined
          ? `Hello there, my name is ${closeSentence(f.candidateName)}`
          : `Hello ${f.interviewerName}, my name is ${closeSentence(f.candidateName)}`,
    ],
    interview: [
      (f) =>
        isAgency(f)
          ? `I had my interview with ${client(f)} for the ${f.role} role on ${f.interviewDate}.`
          : `I had an interview for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `My interview with ${client(f)} for the ${f.role} post was on ${f.interviewDate}.`
          : `We met on ${f.interviewDate} to discuss the ${f.role} post${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `On ${f.interviewDate} I interviewed with ${client(f)} for the ${f.role} role.`
          : `On ${f.interviewDate} I interviewed with you for the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    reason: [
      () => "I'd welcome an update, and I'm still very interested in the role.",
      () => "I'm ringing for an update on the vacancy, and I remain very interested.",
      () => 'I remain very interested in the post and would be grateful for an update.',
    ],
    contact: [
      (f) => `My number is ${closeSentence(f.reach.value)} Again, ${closeSentence(f.reach.value)}`,
      (f) => `You can reach me ${closeSentence(reachMeOnOrAt(f))} That's ${closeSentence(f.reach.value)}`,
      (f) => `Do ring me back ${closeSentence(reachMeOnOrAt(f))} Once more, ${closeSentence(f.reach.value)}`,
    ],
    close: [
      () => 'Thank you, and have a good day.',
      () => 'Many thanks, and I look forward to hearing from you.',
      () => 'Thank you, and I hope to speak to you.',
    ],
  },

  email: {
    subject: [
      (f) => `Thank you: ${f.role} interview on ${f.interviewDate}`,
      (f) => (isAgency(f) ? `Following up on my ${f.role} interview with ${client(f)}` : `Following up on the ${f.role} interview`),
      (f) => `${f.role} interview: thank you from ${f.candidateName}`,
    ],
    greeting: [
      (f) => {
        if (f.interviewerName !== undefined) return `Dear ${f.interviewerName},`;
        return `Dear ${unnamedReader(f, isAgency(f) ? 'Recruitment Team' : 'Hiring Manager')},`;
      },
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) => {
        if (f.interviewerName !== undefined) return `Dear ${f.interviewerName},`;
        return `Dear ${unnamedReader(f, 'Recruitment Team')},`;
      },
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you again for putting me forward for the ${f.role} role with ${client(f)}; I had my interview there on ${f.interviewDate}.`
          : `Thank you again for meeting me on ${f.interviewDate} to discuss the ${f.role} role${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I'm writing to thank you for arranging my interview with ${client(f)} on ${f.interviewDate} for the ${f.role} post.`
          : `I'm writing to thank you for the interview on ${f.interviewDate} for the ${f.role} post${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `Thank you for your help with my application for the ${f.role} role with ${client(f)}, where I interviewed on ${f.interviewDate}.`
          : `Thank you for taking the time to speak with me on ${f.interviewDate} about the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    appreciation: [
      (f) =>
        isAgency(f)
          ? `I particularly enjoyed the discussion about ${closeSentence(f.topic)}`
          : `I particularly enjoyed our discussion about ${closeSentence(f.topic)}`,
      (f) => `It was a pleasure to learn more about ${closeSentence(f.topic)}`,
      (f) =>
        isAgency(f)
          ? `The conversation about ${f.topic} was a highlight of the interview for me.`
          : `I really valued what you told me about ${closeSentence(f.topic)}`,
    ],
    interest: [
      (f) => `I'm still very interested in the role and in joining ${closeSentence(team(f))}`,
      () => 'I remain very interested in the post, and our conversation only strengthened my enthusiasm for it.',
      () => "I wanted to let you know that I'm still very interested in this opportunity.",
    ],
    nextSteps: [
      (f) =>
        isAgency(f)
          ? `When you have a moment, could you let me know whether ${client(f)} has said anything about the next steps?`
          : 'When you have a moment, could you let me know what the next steps and the timescale look like?',
      (f) =>
        isAgency(f)
          ? `Could you pass on any update from ${client(f)} about the timescale?`
          : 'Would you be able to tell me anything about the next steps in the recruitment process?',
      () => 'Is there anything you can tell me about the timescale for the next stage?',
    ],
    invitation: [
      () => "If you have any further questions, I'm happy to answer them.",
      () => 'Please do let me know if there is anything else I can provide.',
      () => "I'd be glad to answer any further questions you may have.",
    ],
    signOff: [
      (f) => signature('Kind regards,', f),
      (f) => signature('Best wishes,', f),
      (f) => signature('Many thanks,', f),
    ],
  },

  handwrittenNote: {
    greeting: [
      (f) => `Dear ${f.interviewerName ?? unnamedReader(f, 'Hiring Manager')},`,
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) => (f.interviewerName === undefined ? `Dear ${unnamedReader(f, 'Recruitment Team')},` : `Hi ${f.interviewerName},`),
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you for putting me forward for the ${f.role} role with ${client(f)}, where I had my interview on ${f.interviewDate}.`
          : `Thank you for seeing me on ${f.interviewDate} about the ${f.role} role${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I wanted to write to thank you for arranging my interview with ${client(f)} on ${f.interviewDate} for the ${f.role} post.`
          : `I wanted to write to thank you for the interview on ${f.interviewDate} for the ${f.role} post${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `Thank you for your support with the ${f.role} role at ${client(f)}; I interviewed there on ${f.interviewDate}.`
          : `Thank you for your time on ${f.interviewDate}, and for telling me more about the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    appreciation: [
      (f) => `I particularly enjoyed talking about ${closeSentence(f.topic)}`,
      (f) => `Hearing about ${f.topic} was a highlight of the interview for me.`,
      (f) => `I have been thinking about our discussion of ${f.topic} since the interview.`,
    ],
    interest: [
      () => "I'm still very interested in the role and hope to hear about the next steps.",
      () => 'I remain very interested in the post and would welcome the chance to take the next step.',
      (f) => `I'm still very interested in joining ${closeSentence(team(f))}`,
    ],
    contact: [
      (f) => `You can reach me ${closeSentence(reachMeOnOrAt(f))}`,
      (f) => `If any questions come up, my ${numberOrAddress(f)} is ${closeSentence(f.reach.value)}`,
      (f) => `Please feel free to ${ringOrEmail(f)} me ${reachMeOnOrAt(f)} at any time.`,
    ],
    signOff: [
      (f) => signature(yoursFormally(f), f),
      (f) => signature('Kind regards,', f),
      (f) => signature('With best wishes,', f),
    ],
  },

  linkedin: {
    greeting: [
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) => (f.interviewerName === undefined ? 'Hi,' : `Hi ${f.interviewerName},`),
      (f) => (f.interviewerName === undefined ? 'Hello, I hope you are well.' : `Hello ${f.interviewerName}, I hope you are well.`),
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you again for putting me forward for the ${f.role} role with ${closeSentence(client(f))} I had my interview there on ${f.interviewDate}.`
          : `Thank you again for interviewing me for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `Many thanks for arranging my interview with ${client(f)} on ${f.interviewDate} for the ${f.role} post.`
          : `Many thanks for taking the time to speak with me on ${f.interviewDate} about the ${f.role} post${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I had my interview with ${client(f)} for the ${f.role} role on ${f.interviewDate}. Thank you for making it happen.`
          : `I enjoyed our interview on ${f.interviewDate} for the ${f.role} role${atCompanyFullStop(f)} Thank you for your time.`,
    ],
    interest: [
      () => "I'm still very interested in the role.",
      () => 'I remain very interested in the post.',
      (f) => `I'm still very interested in joining ${closeSentence(team(f))}`,
    ],
    nextSteps: [
      () => 'Is there anything you can tell me about the next steps?',
      (f) =>
        isAgency(f)
          ? `Has ${client(f)} mentioned anything about the timescale?`
          : 'Could you tell me a little about the timescale from here?',
      () => 'When you have a moment, could you let me know what the next steps look like?',
    ],
    signOff: [
      (f) => signature('Best wishes,', f),
      (f) => signature('Many thanks,', f),
      (f) => signature('Kind regards,', f),
    ],
  },
} satisfies ScriptLocale;
