import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessage, planFollowUp, type FollowUpPlan, type PlanFollowUpInput } from '../../src/index.js';
import { serveDirectory, type StaticServer } from './static-server.js';

// Drives the playground (examples/web) in Debian's Chromium. The page runs the package's ESM
// build bundled as it is; the expected values come from the same functions run here in Node, so
// the test proves the browser gives the same answers.

const root = join(import.meta.dirname, '..', '..');
const webRoot = join(root, 'examples', 'web');
const screenshot = join(root, 'test-results', 'playground.png');
const CHROMIUM = '/usr/bin/chromium';

const input = {
  interviewAt: '2026-03-20',
  timeZone: 'Europe/London',
  via: 'employer',
  now: '2026-03-26T18:00:00Z',
  candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
  role: 'Data Analyst',
  company: 'Northwind Analytics',
  interviewer: { name: 'Jordan Lee' },
  topic: 'how the team moved its reporting onto one shared data model',
  locale: 'en-US',
  comfortableOnPhone: true,
  contacts: { directPhone: true, generalPhone: false, email: false, postalAddress: false },
} satisfies PlanFollowUpInput;

const PUSHY = ' I need your answer by Friday, ASAP!!!';

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let page: Page;
let profile: string;
let plan: FollowUpPlan;
const pageErrors: string[] = [];

beforeAll(async () => {
  plan = planFollowUp(input);
  if (!existsSync(join(webRoot, 'vendor', 'interview-followup.js'))) {
    throw new Error('examples/web/vendor/interview-followup.js is missing: run `npm run build && npm run build:web`');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\``);
  server = await serveDirectory(webRoot);
  profile = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function fillForm(): Promise<void> {
  await page.fill('input[name="interviewAt"]', input.interviewAt);
  await page.fill('input[name="timeZone"]', input.timeZone);
  await page.fill('input[name="now"]', input.now);
  await page.fill('input[name="name"]', input.candidate.name);
  await page.fill('input[name="phone"]', input.candidate.phone);
  await page.fill('input[name="role"]', input.role);
  await page.fill('input[name="company"]', input.company);
  await page.fill('input[name="interviewerName"]', input.interviewer.name);
  await page.fill('input[name="topic"]', input.topic);
}

describe('the playground in Chromium', () => {
  it('plans the follow-up from the form and draws the calendar', async () => {
    await fillForm();
    await page.click('button[type="submit"]');
    await page.waitForSelector('#plan:not([hidden])');
    expect(await page.textContent('#status .status')).toBe(plan.window.status);
    const slotDays = await page.$$eval('#calendar .slot-day', (cells) => cells.map((cell) => cell.getAttribute('data-date')));
    expect(slotDays).toEqual([...new Set(plan.window.slots.map((slot) => slot.start.slice(0, 10)))]);
    const next = plan.window.nextSlot;
    expect(next).not.toBeNull();
    expect(await page.textContent('#calendar .slot.next')).toBe(`${next!.start.slice(11, 16)}-${next!.end.slice(11, 16)}`);
    expect(await page.textContent('#channel strong')).toBe(plan.channel.primary);
  });

  it('shows the script for the recommended channel', async () => {
    expect(plan.script).not.toBeNull();
    expect(await page.textContent('#script')).toBe(plan.script!.text);
    expect(await page.inputValue('#message')).toBe(plan.script!.text);
    const branches = await page.$$eval('#branches details', (nodes) => nodes.map((node) => node.getAttribute('data-branch')));
    expect(branches).toEqual((plan.script!.branches ?? []).map((branch) => branch.id));
  });

  it('highlights a pushy sentence as it is typed and explains it', async () => {
    expect(await page.$$('#highlights mark[data-rule~="pushy"]')).toHaveLength(0);
    await page.click('#message');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(PUSHY);
    const text = await page.inputValue('#message');
    expect(text.endsWith(PUSHY)).toBe(true);

    const context = { interviewAt: input.interviewAt, timeZone: input.timeZone, via: input.via, plannedAt: plan.plannedAt };
    const result = checkMessage({ text, channel: plan.script!.kind, context });
    const pushy = result.diagnostics.filter((d) => d.ruleId === 'pushy' && d.start !== undefined && d.end !== undefined);
    expect(pushy.length).toBeGreaterThan(0);
    let expectedMarked = '';
    for (let i = 0; i < text.length; i++) {
      if (pushy.some((d) => d.start! <= i && i < d.end!)) expectedMarked += text.charAt(i);
    }

    await page.waitForSelector('#highlights mark[data-rule~="pushy"]');
    const marked = await page.$$eval('#highlights mark[data-rule~="pushy"]', (marks) => marks.map((mark) => mark.textContent).join(''));
    expect(marked).toBe(expectedMarked);
    // The finding is on the sentence just typed, not elsewhere in the script.
    expect(pushy.some((d) => d.start! >= text.length - PUSHY.length)).toBe(true);

    const messages = await page.$$eval('#diagnostics li[data-rule="pushy"] .message', (nodes) => nodes.map((node) => node.textContent));
    expect(messages).toEqual(pushy.map((d) => d.message));

    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await page.locator('.editor').screenshot({ path: screenshot.replace('.png', '-editor.png') });
    expect(existsSync(screenshot)).toBe(true);
  });

  it('names the field of bad input next to the form', async () => {
    await page.fill('input[name="name"]', '   ');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#input-errors li');
    expect(await page.textContent('#input-errors li')).toBe('Your name: must not be empty');
    expect(await page.getAttribute('input[name="name"]', 'aria-invalid')).toBe('true');
    expect(await page.isHidden('#plan')).toBe(true);
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
