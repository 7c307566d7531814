/* global document */
// The playground: a form for the interview facts, the plan drawn as a calendar, the channel and
// the script, and an editor that checks the message as it is typed and marks each finding.
// `vendor/interview-followup.js` is the package's ESM build (dist/index.js) bundled as it is by
// `npm run build:web`; the page uses only the public API, as any web app would.
import { checkMessage, isInvalidInputError, planFollowUp } from './vendor/interview-followup.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SEVERITY_RANK = { info: 1, warning: 2, error: 3 };

// Which form field holds each input path, so an InvalidInputError issue lands next to its field.
const FIELD_OF_PATH = {
  interviewAt: 'interviewAt',
  timeZone: 'timeZone',
  now: 'now',
  'candidate.name': 'name',
  'candidate.phone': 'phone',
  'candidate.email': 'email',
  role: 'role',
  company: 'company',
  'interviewer.name': 'interviewerName',
  topic: 'topic',
};

const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

// ---------------------------------------------------------------------------
// Calendar dates as YYYY-MM-DD strings. The library writes every instant in the interviewer's own
// offset, so the local date and time are read straight off the string.
// ---------------------------------------------------------------------------

function toUtc(date) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(date, days) {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function isoWeekday(date) {
  return toUtc(date).getUTCDay() || 7;
}

function describeDate(date) {
  const value = toUtc(date);
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
}

const localDate = (iso) => iso.slice(0, 10);
const localTime = (iso) => iso.slice(11, 16);

function dateInZone(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

// ---------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------

function readForm(form) {
  const data = new FormData(form);
  const text = (name) => String(data.get(name) ?? '').trim();
  const optional = (name) => text(name) || undefined;
  const ticked = (name) => data.get(name) === 'on';
  const interviewerName = optional('interviewerName');
  return {
    interviewAt: text('interviewAt'),
    timeZone: text('timeZone') || 'UTC',
    via: text('via'),
    now: optional('now'),
    candidate: { name: text('name'), phone: optional('phone'), email: optional('email') },
    role: text('role'),
    company: optional('company'),
    interviewer: interviewerName === undefined ? undefined : { name: interviewerName },
    topic: optional('topic'),
    locale: text('locale'),
    comfortableOnPhone: ticked('comfortableOnPhone'),
    contacts: {
      directPhone: ticked('directPhone'),
      generalPhone: ticked('generalPhone'),
      email: ticked('contactEmail'),
      postalAddress: ticked('postalAddress'),
    },
  };
}

function showInputErrors(form, issues) {
  const list = $('#input-errors');
  list.replaceChildren();
  for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  for (const issue of issues) {
    const key = issue.path.join('.');
    const fieldName = FIELD_OF_PATH[key];
    const field = fieldName === undefined ? null : form.elements.namedItem(fieldName);
    const label = field?.closest('label')?.firstChild?.textContent?.trim() ?? (key || 'Input');
    field?.setAttribute('aria-invalid', 'true');
    list.append(element('li', {}, `${label}: ${issue.message}`));
  }
}

// ---------------------------------------------------------------------------
// The plan
// ---------------------------------------------------------------------------

function renderCalendar(callWindow, today) {
  const calendar = $('#calendar');
  calendar.replaceChildren();
  if (callWindow.slots.length === 0) {
    calendar.append(element('p', { className: 'meta' }, 'No call slots.'));
    return;
  }
  const slotsByDay = new Map();
  for (const slot of callWindow.slots) {
    const day = localDate(slot.start);
    slotsByDay.set(day, [...(slotsByDay.get(day) ?? []), slot]);
  }
  const firstDay = localDate(callWindow.slots[0].start);
  const lastDay = localDate(callWindow.slots[callWindow.slots.length - 1].start);
  const start = addDays(firstDay, 1 - isoWeekday(firstDay));
  const daysShown = (toUtc(lastDay) - toUtc(start)) / 86_400_000;
  const weeks = Math.max(2, Math.floor(daysShown / 7) + 1);
  const header = element('div', { className: 'week', role: 'row' }, ...WEEKDAYS.map((name) => element('div', { className: 'weekday', role: 'columnheader' }, name)));
  calendar.append(header);
  for (let week = 0; week < weeks; week++) {
    const row = element('div', { className: 'week', role: 'row' });
    for (let weekday = 0; weekday < 7; weekday++) {
      const day = addDays(start, week * 7 + weekday);
      const slots = slotsByDay.get(day) ?? [];
      const value = toUtc(day);
      const label = value.getUTCDate() === 1 || (week === 0 && weekday === 0) ? `${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]}` : String(value.getUTCDate());
      const cell = element('div', { role: 'gridcell', 'data-date': day, className: 'day' }, element('span', { className: 'date' }, label));
      if (slots.length > 0) cell.classList.add('slot-day');
      if (day === today) cell.classList.add('today');
      for (const slot of slots) {
        const isNext = callWindow.nextSlot !== null && slot.start === callWindow.nextSlot.start;
        cell.append(element('span', { className: isNext ? 'slot next' : 'slot', title: slot.part }, `${localTime(slot.start)}-${localTime(slot.end)}`));
      }
      row.append(cell);
    }
    calendar.append(row);
  }
}

function renderReasons(list, reasons) {
  list.replaceChildren(...reasons.map((reason) => element('li', { 'data-code': reason.code }, reason.message)));
}

function showScript(script, fallback) {
  $('#script-meta').textContent = `${script.kind}, ${script.wordCount} words, about ${Math.round(script.estimatedSeconds)} seconds to say${script.subject === undefined ? '' : ` · Subject: ${script.subject}`}`;
  $('#script').textContent = script.text;
  $('#branches').replaceChildren(
    ...(script.branches ?? []).map((branch) => element('details', { 'data-branch': branch.id }, element('summary', {}, branch.when), element('p', {}, branch.text))),
  );
  $('#fallback').replaceChildren(
    ...(fallback === null ? [] : [element('h3', {}, `If that fails: ${fallback.kind}`), element('pre', {}, fallback.text)]),
  );
}

function renderPlan(plan, input) {
  const { window: callWindow, channel, script, fallbackScript } = plan;
  const now = input.now === undefined ? new Date() : new Date(input.now);
  const today = dateInZone(now, input.timeZone);
  const opening =
    callWindow.opensAt === null
      ? 'no call should be made'
      : `${describeDate(localDate(callWindow.opensAt))} ${localTime(callWindow.opensAt)} to ${describeDate(localDate(callWindow.closesAt))} ${localTime(callWindow.closesAt)}`;
  $('#status').replaceChildren(element('strong', { className: `status ${callWindow.status}` }, callWindow.status), ` · ${opening} (${input.timeZone})`);
  renderCalendar(callWindow, today);
  renderReasons($('#window-reasons'), callWindow.reasons);
  $('#channel').replaceChildren(
    element('strong', {}, channel.primary ?? 'no suitable channel'),
    channel.fallback === null ? '' : `, then ${channel.fallback}`,
  );
  renderReasons($('#channel-reasons'), channel.ranked[0]?.reasons ?? []);
  if (script === null) {
    $('#script-meta').textContent = 'No script: no channel suits.';
    $('#script').textContent = '';
  } else {
    showScript(script, fallbackScript);
  }
  $('#plan').hidden = false;
}

// ---------------------------------------------------------------------------
// The live check
// ---------------------------------------------------------------------------

// Cuts the text where any finding starts or ends, so overlapping findings each keep their mark.
function segments(text, diagnostics) {
  const spans = diagnostics.filter((d) => d.start !== undefined && d.end !== undefined && d.end > d.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((d) => [d.start, d.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    out.push({ text: text.slice(from, to), covering: spans.filter((d) => d.start <= from && d.end >= to) });
  }
  return out;
}

function renderHighlights(text, diagnostics) {
  const highlights = $('#highlights');
  highlights.replaceChildren();
  for (const segment of segments(text, diagnostics)) {
    if (segment.covering.length === 0) {
      highlights.append(segment.text);
      continue;
    }
    const worst = segment.covering.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
    highlights.append(
      element('mark', { className: worst.severity, 'data-rule': segment.covering.map((d) => d.ruleId).join(' '), title: segment.covering.map((d) => d.message).join('\n') }, segment.text),
    );
  }
  // A trailing line break needs something after it, or the overlay ends one line short.
  highlights.append('\u200b');
}

function renderDiagnostics(result, textarea) {
  const list = $('#diagnostics');
  list.replaceChildren(
    ...result.diagnostics.map((d) => {
      const where = d.line === undefined ? 'whole message' : `line ${d.line}, column ${d.column}`;
      const item = element(
        'li',
        { className: d.severity, 'data-rule': d.ruleId },
        element('span', { className: 'severity' }, d.severity),
        ' ',
        element('span', { className: 'message' }, d.message),
        ' ',
        element('code', {}, d.ruleId),
        ' ',
        element('span', { className: 'where' }, where),
      );
      if (d.suggestion !== undefined) item.append(element('div', { className: 'suggestion' }, d.suggestion));
      if (d.start !== undefined && d.end !== undefined) {
        item.addEventListener('click', () => {
          textarea.focus();
          textarea.setSelectionRange(d.start, d.end);
        });
      }
      return item;
    }),
  );
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  $('#check-summary').textContent = `${result.stats.words} words, about ${Math.round(result.stats.estimatedSeconds)} seconds to say · ${
    result.diagnostics.length === 0 ? 'no problems' : `${result.diagnostics.length} finding(s), ${errors} error(s)`
  }`;
}

function startEditor(textarea, channel, context) {
  const check = () => {
    try {
      const result = checkMessage({ text: textarea.value, channel, context });
      renderHighlights(textarea.value, result.diagnostics);
      renderDiagnostics(result, textarea);
    } catch (error) {
      if (!isInvalidInputError(error)) throw error;
      $('#check-summary').textContent = error.message;
    }
  };
  textarea.oninput = check;
  textarea.onscroll = () => {
    $('#highlights').scrollTop = textarea.scrollTop;
  };
  check();
}

function main() {
  const form = $('#facts');
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  $('#zones').replaceChildren(...zones.map((zone) => element('option', { value: zone })));
  form.elements.namedItem('timeZone').value = Intl.DateTimeFormat().resolvedOptions().timeZone;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = readForm(form);
    let plan;
    try {
      plan = planFollowUp(input);
    } catch (error) {
      if (!isInvalidInputError(error)) throw error;
      showInputErrors(form, error.issues);
      $('#plan').hidden = true;
      return;
    }
    showInputErrors(form, []);
    renderPlan(plan, input);
    const textarea = $('#message');
    textarea.value = plan.script?.text ?? '';
    // The same facts the plan's own check used, so the editor's findings start where the plan's did.
    const context = { interviewAt: input.interviewAt, timeZone: input.timeZone, via: input.via, plannedAt: plan.plannedAt };
    startEditor(textarea, plan.script?.kind ?? 'email', context);
  });
  document.documentElement.dataset.ready = 'true';
}

main();
