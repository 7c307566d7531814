/**
 * interview-followup: when to follow up after a job interview, what to say, which channel to
 * use, and which mistakes to avoid. Pure functions; no clock reads when `now` is given.
 * @packageDocumentation
 */

// Errors
export { InterviewFollowupError, InvalidInputError, isInvalidInputError, describeIssue } from './errors.js';
export type { InputIssue } from './errors.js';

// Shared schemas and vocabulary
export {
  CHANNELS,
  channelSchema,
  dateOnlySchema,
  instantOrDateSchema,
  instantSchema,
  instantStringSchema,
  localeSchema,
  viaSchema,
} from './schemas/common.js';
export { timeZoneSchema } from './schemas/time-zone.js';
export { instructionSchema, previousCallSchema, previousCallsSchema } from './schemas/contact-history.js';
export { MAX_FACT_LENGTH, factTextSchema } from './schemas/fact-text.js';
export { DEFAULT_POLICY, policySchema } from './schemas/policy.js';
export {
  DEFAULT_WORKING_HOURS,
  DEFAULT_WORK_DAYS,
  clockTimeSchema,
  holidaysSchema,
  isoWeekdaySchema,
  workDaysSchema,
  workingHoursSchema,
} from './schemas/working-time.js';
export type { Channel, Locale, Via } from './schemas/types.js';

// Timing
export { callWindowInputSchema } from './schemas/call-window.js';
export type { CallWindowInput } from './schemas/call-window.js';
export { callWindowSlotsSchema, iCalendarOptionsSchema } from './schemas/calendar-export.js';
export type { ICalendarOptions } from './schemas/calendar-export.js';
export { nextCallWindow } from './timing/next-call-window.js';
export { toICalendar } from './timing/to-icalendar.js';
export { CALL_WINDOW_REASON_CODES } from './timing/reason-codes.js';
export type { CallWindowReasonCode } from './timing/reason-codes.js';
export type { CallSlot, CallWindow, CallWindowStatus, Reason } from './timing/types.js';

// Scripts
export { candidateSchema, interviewerSchema, renderScriptInputSchema } from './schemas/script.js';
export type { RenderScriptInput } from './schemas/script.js';
export { renderScript } from './script/render-script.js';
export { SCRIPT_WORD_BUDGETS } from './script/word-budgets.js';
export type { Script, ScriptBranch, ScriptSection } from './script/types.js';

// Checking
export { MAX_MESSAGE_LENGTH, checkContextSchema, checkMessageInputSchema, ruleSettingSchema } from './schemas/check.js';
export type { CheckContext, CheckMessageInput } from './schemas/check.js';
export { checkMessage, rules } from './check/check-message.js';
export type { CheckResult, Diagnostic, RuleExample, RuleId, RuleMeta, Severity } from './check/types.js';

// Channels
export { contactsSchema, recommendChannelInputSchema } from './schemas/channel.js';
export type { Contacts, RecommendChannelInput } from './schemas/channel.js';
export { recommendChannel } from './channel/recommend-channel.js';
export type { ChannelAdvice, RankedChannel } from './channel/types.js';

// The whole plan
export { planFollowUpInputSchema } from './schemas/plan.js';
export type { PlanFollowUpInput } from './schemas/plan.js';
export { planFollowUp } from './plan/plan-follow-up.js';
export type { FollowUpPlan } from './plan/plan-follow-up.js';

// JSON Schemas of the inputs
export { jsonSchemas } from './schemas/json-schemas.js';
export type { InputJsonSchemas, JsonSchema } from './schemas/json-schemas.js';
