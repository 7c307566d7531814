import { calendarNamesOf } from '../../internal/calendar-names.js';
import { closeSentence } from '../close-sentence.js';
import type { ScriptFacts, ScriptLocale, WithReach } from '../locale.js';

// Small pieces of American English grammar shared by the templates below. Each returns text for
// a fact that may be missing, so no template ever prints an empty slot.

/** " at Acme", or nothing when the company is unknown. */
const atCompany = (f: ScriptFacts): string => (f.company === undefined ? '' : ` at ${f.company}`);
/** " at Acme." ending a sentence, without a second stop after "Acme Inc."; just "." without a company. */
const atCompanyFullStop = (f: ScriptFacts): string => closeSentence(atCompany(f));
/** Through an agency: the client by name, or "your client". */
const client = (f: ScriptFacts): string => f.company ?? 'your client';
/** The organization the candidate hopes to join. */
const team = (f: ScriptFacts): string => f.company ?? 'the team';
const isAgency = (f: ScriptFacts): boolean => f.via === 'agency';
/** Americans give a number "at" and an address "at" alike. */
const reachMeAt = (f: WithReach): string => `at ${f.reach.value}`;
const callOrEmail = (f: WithReach): string => (f.reach.by === 'phone' ? 'call' : 'email');
const numberOrAddress = (f: WithReach): string => (f.reach.by === 'phone' ? 'number' : 'email address');
/** A written salutation when the reader's name is unknown: their title, else a neutral one. */
const unnamedReader = (f: ScriptFacts, fallback: string): string => f.interviewerTitle ?? fallback;
const signature = (closing: string, f: ScriptFacts & { readonly contactLines: readonly string[] }): string =>
  [closing, f.candidateName, ...f.contactLines].join('\n');

/**
 * The script sentences in American English: "March 20" dates, "Hi" and "Best regards", and a
 * number given "at". Every sentence is this project's own writing.
 *
 * @example
 * ```ts
 * enUSScriptLocale.formatInterviewDate(new Date(2026, 2, 20, 12));
 * //=> 'Friday, March 20'
 * ```
 */
export const enUSScriptLocale = {
  // The weekday helps the reader place the day; the year is left out because a follow-up comes
  // within weeks of the interview. American style also sets such a date off with commas
  // mid-sentence ("on Friday, March 20, to discuss"), so the templates put a comma after the date
  // whenever words follow it.
  formatInterviewDate: (day) => {
    const { weekday, dayOfMonth, month } = calendarNamesOf(day);
    return `${weekday}, ${month} ${String(dayOfMonth)}`;
  },

  gaps: {
    phoneNumber: '[your phone number]',
    emailAddress: '[your email address]',
  },

  // The call is kept short: the role is named once, and each sentence does one job.
  phone: {
    greeting: [
      (f) => (f.interviewerName === undefined ? 'Hi there.' : `Hi, is this ${f.interviewerName}?`),
      (f) => (f.interviewerName === undefined ? 'Hello, good to reach you.' : `Hello, may I speak with ${f.interviewerName}?`),
      (f) => (f.interviewerName === undefined ? 'Hello.' : `${closeSentence(`Hello, ${f.interviewerName}`)} Good to reach you.`),
    ],
    introduction: [
      (f) => `This is ${closeSentence(f.candidateName)}`,
      (f) => `My name is ${closeSentence(f.candidateName)}`,
      (f) => `It's ${f.candidateName} calling.`,
    ],
    interview: [
      (f) =>
        isAgency(f)
          ? `You put me forward for the ${f.role} role with ${client(f)}, and I interviewed on ${f.interviewDate}.`
          : `I interviewed with you for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `I interviewed with ${client(f)} on ${f.interviewDate}, for the ${f.role} role.`
          : `We met on ${f.interviewDate}, to talk about the ${f.role} position${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `On ${f.interviewDate}, I had my interview with ${client(f)} for the ${f.role} role.`
          : `On ${f.interviewDate}, I interviewed for the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    goodTime: [
      () => 'Do you have a couple of minutes, or should I call back later?',
      () => 'Is now a good time, or would later work better?',
      () => 'Is this a good moment to talk, or is it a bad time?',
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? 'Thank you for arranging the interview, and for taking my call.'
          : 'Thank you again for the interview, and for taking my call.',
      (f) =>
        isAgency(f)
          ? 'Thanks again for setting up the interview, and for picking up.'
          : 'Thanks again for meeting with me, and for picking up.',
      (f) =>
        isAgency(f)
          ? 'Thank you for your help so far, and for taking this call.'
          : 'Thanks for your time at the interview, and for taking this call.',
    ],
    appreciation: [
      (f) =>
        isAgency(f)
          ? `I especially enjoyed the conversation about ${closeSentence(f.topic)}`
          : `I especially enjoyed our conversation about ${closeSentence(f.topic)}`,
      (f) =>
        isAgency(f)
          ? `I really appreciated hearing about ${closeSentence(f.topic)}`
          : `I really appreciated what you shared about ${closeSentence(f.topic)}`,
      (f) => `Learning about ${f.topic} was a highlight for me.`,
    ],
    status: [
      (f) =>
        isAgency(f)
          ? `I'm calling to ask whether you have an update from ${closeSentence(client(f))}`
          : "I'm calling to ask whether the role is still open.",
      (f) =>
        isAgency(f) ? 'I wanted to check whether the position is still open.' : 'I wanted to check on the status of the position.',
      (f) =>
        isAgency(f)
          ? `The reason for my call is to see where things stand with ${closeSentence(client(f))}`
          : 'The reason for my call is to see whether the position is still open.',
    ],
    interest: [
      (f) => `I'm still very interested and would be glad to join ${closeSentence(team(f))}`,
      () => 'I remain very interested in the position.',
      () => "I'd like you to know that I'm still very interested.",
    ],
    nextSteps: [
      () => 'Could you tell me a little about the timeline and the next steps?',
      (f) => (isAgency(f) ? `Has ${client(f)} shared anything about the next steps?` : 'What does the hiring timeline look like from here?'),
      () => 'Is there anything you can share about the next steps?',
    ],
    contact: [
      (f) => `If you have any further questions, you can reach me ${closeSentence(reachMeAt(f))}`,
      (f) => `Please feel free to ${callOrEmail(f)} me at ${f.reach.value} with any other questions.`,
      (f) => `If anything else comes up, my ${numberOrAddress(f)} is ${closeSentence(f.reach.value)}`,
    ],
    close: [
      () => 'Thank you again for your time. I look forward to hearing from you.',
      () => 'Thanks so much for your time, and I hope we speak again.',
      () => 'I appreciate your time, and I look forward to the next steps.',
    ],
  },

  phoneBranches: {
    badTime: {
      when: 'They say it is not a good time to talk.',
      text: [
        () => "No problem at all. When would be a better time for me to call you back? Thank you, I'll call you then.",
        () => "Of course, I understand. What time would suit you better for a short call? Thanks, I'll call back then.",
        () => "That's completely fine. When would be convenient for me to try again? Great, thank you. I'll call you then.",
      ],
    },
    roleFilled: {
      when: 'They say the role has already been filled.',
      text: [
        (f) =>
          isAgency(f)
            ? "Thank you for letting me know, and for putting me forward. If another role comes up that fits my background, I'd be glad to hear about it. Thanks again for your help."
            : `Thank you for letting me know. I enjoyed meeting you and learning about ${closeSentence(team(f))} If a similar role opens up, I'd be glad to be considered. Thanks again for your time.`,
        (f) =>
          isAgency(f)
            ? "I appreciate you telling me. I'd welcome hearing about other openings that could suit me. Thank you, and all the best."
            : `I appreciate you telling me. It was a pleasure to interview with ${team(f)}, and I'd welcome the chance to be considered for future openings. Thank you, and all the best.`,
        () =>
          "Thanks for the update. I'm glad I had the chance to interview, and I'd be happy to be considered if anything similar comes up. Have a great day.",
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
          ? `Hi, this is ${closeSentence(f.candidateName)}`
          : `Hi ${f.interviewerName}, this is ${closeSentence(f.candidateName)}`,
      (f) =>
        f.interviewerName === undefined
          ? `Hello, it's ${f.candidateName} calling.`
          : `Hello ${f.interviewerName}, it's ${f.candidateName} calling.`,
      (f) =>
        f.interviewerName === undefined
          ? `Hello, my name is ${closeSentence(f.candidateName)}`
          : `Hello ${f.interviewerName}, my name is ${closeSentence(f.candidateName)}`,
    ],
    interview: [
      (f) =>
        isAgency(f)
          ? `I interviewed with ${client(f)} for the ${f.role} role on ${f.interviewDate}.`
          : `I interviewed for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `My interview with ${client(f)} for the ${f.role} role was on ${f.interviewDate}.`
          : `We met on ${f.interviewDate}, about the ${f.role} position${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `On ${f.interviewDate}, I had my interview with ${client(f)} for the ${f.role} role.`
          : `On ${f.interviewDate}, I interviewed with you for the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    reason: [
      () => "I'd welcome an update, and I'm still very interested in the role.",
      () => "I'm calling for an update on the position, and I remain very interested.",
      () => 'I remain very interested in the role and would value an update.',
    ],
    contact: [
      (f) => `My number is ${closeSentence(f.reach.value)} Again, ${closeSentence(f.reach.value)}`,
      (f) => `You can reach me at ${closeSentence(f.reach.value)} That's ${closeSentence(f.reach.value)}`,
      (f) => `You can call me back at ${closeSentence(f.reach.value)} Once more, ${closeSentence(f.reach.value)}`,
    ],
    close: [
      () => 'Thank you, and have a good day.',
      () => 'Thanks very much, and I look forward to hearing from you.',
      () => 'Thank you, and I hope to speak with you.',
    ],
  },

  email: {
    subject: [
      (f) => `Thank you: ${f.role} interview on ${f.interviewDate}`,
      (f) => (isAgency(f) ? `Following up on my ${f.role} interview with ${client(f)}` : `Following up on the ${f.role} interview`),
      (f) => `${f.role} interview: a thank-you from ${f.candidateName}`,
    ],
    greeting: [
      (f) => {
        if (f.interviewerName !== undefined) return `Dear ${f.interviewerName},`;
        return `Dear ${unnamedReader(f, isAgency(f) ? 'Recruiting Team' : 'Hiring Manager')},`;
      },
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) => {
        if (f.interviewerName !== undefined) return `Hi ${f.interviewerName},`;
        return `Dear ${unnamedReader(f, isAgency(f) ? 'Recruiting Team' : 'Hiring Team')},`;
      },
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you again for putting me forward for the ${f.role} role with ${client(f)}; I interviewed with them on ${f.interviewDate}.`
          : `Thank you again for meeting with me on ${f.interviewDate}, to discuss the ${f.role} role${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I'm writing to thank you for arranging my interview with ${client(f)} on ${f.interviewDate}, for the ${f.role} position.`
          : `I'm writing to thank you for the interview on ${f.interviewDate}, for the ${f.role} position${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `Thank you for your help with my application for the ${f.role} role with ${client(f)}, where I interviewed on ${f.interviewDate}.`
          : `Thank you for taking the time to talk with me on ${f.interviewDate}, about the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    appreciation: [
      (f) =>
        isAgency(f)
          ? `I especially enjoyed the conversation about ${closeSentence(f.topic)}`
          : `I especially enjoyed our conversation about ${closeSentence(f.topic)}`,
      (f) => `It was great to learn more about ${closeSentence(f.topic)}`,
      (f) =>
        isAgency(f)
          ? `The discussion about ${f.topic} was a highlight of the interview for me.`
          : `I really appreciated what you shared about ${closeSentence(f.topic)}`,
    ],
    interest: [
      (f) => `I'm still very interested in the role and in joining ${closeSentence(team(f))}`,
      () => 'I remain very interested in the position, and our conversation only added to my enthusiasm.',
      () => "I wanted to let you know that I'm still very interested in this opportunity.",
    ],
    nextSteps: [
      (f) =>
        isAgency(f)
          ? `When you have a moment, could you let me know whether ${client(f)} has shared anything about the next steps?`
          : 'When you have a moment, could you let me know what the next steps and the timeline look like?',
      (f) =>
        isAgency(f)
          ? `Could you share any update from ${client(f)} on the timeline?`
          : 'Could you share anything about the next steps in the hiring process?',
      () => 'Is there anything you can tell me about the hiring timeline?',
    ],
    invitation: [
      () => "If you have any further questions, I'm happy to answer them.",
      () => 'Please let me know if there is anything else I can provide.',
      () => "I'd be glad to answer any further questions you may have.",
    ],
    signOff: [
      (f) => signature('Best regards,', f),
      (f) => signature('Sincerely,', f),
      (f) => signature('With thanks,', f),
    ],
  },

  handwrittenNote: {
    greeting: [
      (f) => `Dear ${f.interviewerName ?? unnamedReader(f, 'Hiring Manager')},`,
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) =>
        f.interviewerName === undefined
          ? `Dear ${unnamedReader(f, isAgency(f) ? 'Recruiting Team' : 'Hiring Team')},`
          : `Hi ${f.interviewerName},`,
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you for putting me forward for the ${f.role} role with ${client(f)}, where I interviewed on ${f.interviewDate}.`
          : `Thank you for meeting with me on ${f.interviewDate}, about the ${f.role} role${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I wanted to thank you in writing for arranging my interview with ${client(f)} on ${f.interviewDate}, for the ${f.role} position.`
          : `I wanted to thank you in writing for the interview on ${f.interviewDate}, for the ${f.role} position${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `Thank you for your support with the ${f.role} role at ${client(f)}; I interviewed there on ${f.interviewDate}.`
          : `Thank you for your time on ${f.interviewDate}, and for telling me more about the ${f.role} role${atCompanyFullStop(f)}`,
    ],
    appreciation: [
      (f) => `I especially enjoyed talking about ${closeSentence(f.topic)}`,
      (f) => `Learning about ${f.topic} was a highlight of the interview for me.`,
      (f) => `I have been thinking about our discussion of ${f.topic} since the interview.`,
    ],
    interest: [
      () => "I'm still very interested in the role and hope to hear about the next steps.",
      () => 'I remain very interested in the position and would welcome the chance to take the next step.',
      (f) => `I'm still very interested in joining ${closeSentence(team(f))}`,
    ],
    contact: [
      (f) => `You can reach me ${closeSentence(reachMeAt(f))}`,
      (f) => `If any questions come up, my ${numberOrAddress(f)} is ${closeSentence(f.reach.value)}`,
      (f) => `Please feel free to ${callOrEmail(f)} me at ${f.reach.value} at any time.`,
    ],
    signOff: [
      (f) => signature('Sincerely,', f),
      (f) => signature('With thanks,', f),
      (f) => signature('Warm regards,', f),
    ],
  },

  linkedin: {
    greeting: [
      (f) => (f.interviewerName === undefined ? 'Hi,' : `Hi ${f.interviewerName},`),
      (f) => (f.interviewerName === undefined ? 'Hello,' : `Hello ${f.interviewerName},`),
      (f) =>
        f.interviewerName === undefined ? "Hi there, I hope you're doing well." : `Hi ${f.interviewerName}, I hope you're doing well.`,
    ],
    thanks: [
      (f) =>
        isAgency(f)
          ? `Thank you again for putting me forward for the ${f.role} role with ${closeSentence(client(f))} I interviewed with them on ${f.interviewDate}.`
          : `Thank you again for interviewing me for the ${f.role} role${atCompany(f)} on ${f.interviewDate}.`,
      (f) =>
        isAgency(f)
          ? `Thanks for arranging my interview with ${client(f)} on ${f.interviewDate}, for the ${f.role} position.`
          : `Thanks for taking the time to talk with me on ${f.interviewDate}, about the ${f.role} position${atCompanyFullStop(f)}`,
      (f) =>
        isAgency(f)
          ? `I had my interview with ${client(f)} for the ${f.role} role on ${f.interviewDate}. Thank you for making it happen.`
          : `I enjoyed our interview on ${f.interviewDate}, for the ${f.role} role${atCompanyFullStop(f)} Thank you for your time.`,
    ],
    interest: [
      () => "I'm still very interested in the role.",
      () => 'I remain very interested in the position.',
      (f) => `I'm still very interested in joining ${closeSentence(team(f))}`,
    ],
    nextSteps: [
      () => 'Is there anything you can share about the next steps?',
      (f) =>
        isAgency(f)
          ? `Has ${client(f)} mentioned anything about the timeline?`
          : 'Could you tell me a little about the timeline from here?',
      () => 'When you have a moment, could you let me know what the next steps look like?',
    ],
    signOff: [
      (f) => signature('Best,', f),
      (f) => signature('Thanks,', f),
      (f) => signature('Best regards,', f),
    ],
  },
} satisfies ScriptLocale;
