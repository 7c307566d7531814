import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/flags.js';
import { runCli } from './in-process.js';

// The CLI's contract for people and scripts: help and version on stdout with exit 0, and every
// mistake on the command line as exactly one line on stderr with exit 2.

describe('help and version', () => {
  it('prints the version with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await runCli([flag])).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    }
  });

  it('lists every command in --help', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('Usage: interview-followup <command> [options]');
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(stdout).toContain('Exit codes: 0 done, 1 check found an error, 2 bad usage or bad input.');
  });

  for (const command of COMMANDS) {
    it(`prints the ${command} command's own usage with "${command} --help"`, async () => {
      const { code, stdout } = await runCli([command, '-h']);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: interview-followup ${command}\\b`));
      expect(stdout).toContain('--format text|json');
    });
  }

  it('marks the flags a command cannot do without as required', async () => {
    const { stdout } = await runCli(['script', '--help']);
    for (const flag of ['--kind', '--name', '--role', '--interview-at']) {
      expect(stdout).toMatch(new RegExp(`^  ${flag} .*\\(required\\)$`, 'm'));
    }
    expect(stdout).not.toMatch(/^ {2}--phone .*\(required\)$/m);
  });

  it('lists the kebab-case flags of the contract in the plan help', async () => {
    const { stdout } = await runCli(['plan', '--help']);
    for (const flag of ['--interview-at', '--time-zone', '--via', '--now', '--name', '--role', '--phone', '--email', '--company', '--locale']) {
      expect(stdout).toContain(`  ${flag} `);
    }
  });
});

describe('bad usage: one line on stderr and exit 2', () => {
  const rows: readonly (readonly [string, readonly string[], string])[] = [
    ['no command', [], 'interview-followup: missing command: one of window, script, check, plan, rules (see interview-followup --help)'],
    ['an unknown command', ['windw'], 'interview-followup: unknown command "windw": use one of window, script, check, plan, rules'],
    ['an unknown flag', ['window', '--interview-on', '2026-03-20'], 'interview-followup: unknown option --interview-on'],
    ['a flag of another command', ['window', '--interview-at', '2026-03-20', '--kind', 'phone'], 'interview-followup: --kind does not apply to the window command (see interview-followup window --help)'],
    ['a flag without its value', ['window', '--interview-at'], 'interview-followup: --interview-at needs a value'],
    ['a flag whose value looks like a flag', ['window', '--interview-at', '--now', '2026-03-23T12:00:00Z'], 'interview-followup: --interview-at needs a value (write --interview-at=-... for one that starts with "-")'],
    ['a value for a switch', ['window', '--interview-at', '2026-03-20', '--no-calls=yes'], 'interview-followup: --no-calls takes no value'],
    ['an argument the command does not take', ['window', 'tomorrow'], 'interview-followup: the window command takes no arguments (got "tomorrow")'],
    ['two files for check', ['check', 'a.txt', 'b.txt'], 'interview-followup: the check command takes at most one FILE (got 2)'],
    ['an unknown format', ['window', '--interview-at', '2026-03-20', '--format', 'yaml'], 'interview-followup: --format must be text or json (got "yaml")'],
    ['a missing required flag', ['window'], 'interview-followup: the window command needs --interview-at (when the interview was: 2026-03-20 or 2026-03-20T10:00:00+01:00)'],
    ['a missing name for a script', ['script', '--kind', 'email', '--role', 'Data Analyst', '--interview-at', '2026-03-20'], 'interview-followup: the script command needs --name (your name)'],
    ['working hours that are not a range', ['window', '--interview-at', '2026-03-20', '--working-hours', '9to5'], 'interview-followup: --working-hours must be two times such as 09:00-17:00 (got "9to5")'],
    ['a previous call without an outcome', ['window', '--interview-at', '2026-03-20', '--previous-call', '2026-03-30T09:10:00Z'], 'interview-followup: --previous-call must be WHEN,OUTCOME such as 2026-03-30T09:10:00+01:00,no-answer (got "2026-03-30T09:10:00Z")'],
    ['two instructions at once', ['window', '--interview-at', '2026-03-20', '--call-on', '2026-03-30', '--no-calls'], 'interview-followup: --call-on and --no-calls cannot be used together'],
    ['a yes/no flag given something else', ['plan', '--interview-at', '2026-03-20', '--name', 'Ana', '--role', 'Analyst', '--comfortable-on-phone', 'maybe'], 'interview-followup: --comfortable-on-phone takes yes or no (got "maybe")'],
    ['a rule setting without "="', ['check', '--rule', 'pushy'], 'interview-followup: --rule must be RULE=SEVERITY such as pushy=error (got "pushy")'],
    ['a file that does not exist', ['check', 'no/such/message.txt'], 'interview-followup: cannot read "no/such/message.txt": no such file'],
    ['a directory instead of a file', ['check', 'test'], 'interview-followup: cannot read "test": it is a directory'],
    ['--input and the message both on stdin', ['check', '--input', '-'], 'interview-followup: standard input already holds --input; give the message as FILE or as "text" in the JSON'],
  ];

  for (const [what, argv, line] of rows) {
    it(`rejects ${what}`, async () => {
      const result = await runCli(argv, { stdin: '{}' });
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    });
  }
});

describe('bad input: the library names the field, the CLI names the flag', () => {
  const rows: readonly (readonly [string, readonly string[], string])[] = [
    ['an impossible date', ['window', '--interview-at', '2026-02-30'], 'interviewAt must be a date'],
    ['an unknown time zone', ['window', '--interview-at', '2026-03-20', '--time-zone', 'Mars/Olympus'], 'timeZone must be an IANA time zone'],
    ['working hours that end before they start', ['window', '--interview-at', '2026-03-20', '--working-hours', '17:00-09:00'], 'workingHours.end must be later than workingHours.start (17:00)'],
    ['a weekday out of range', ['window', '--interview-at', '2026-03-20', '--work-days', '1,2,8'], 'workDays[2] must be an ISO weekday from 1 (Monday) to 7 (Sunday)'],
    ['a policy number that is not a number', ['window', '--interview-at', '2026-03-20', '--earliest-days', 'soon'], 'policy.earliestDays must be a number (got "soon")'],
    ['an unknown script kind', ['script', '--kind', 'fax', '--name', 'Ana Silva', '--role', 'Analyst', '--interview-at', '2026-03-20'], 'kind must be one of "phone", "voicemail", "email", "handwritten-note", "linkedin" (got "fax")'],
  ];

  for (const [what, argv, start] of rows) {
    it(`rejects ${what}`, async () => {
      const { code, stdout, stderr } = await runCli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith(`interview-followup: ${start}`)).toBe(true);
      expect(stderr.split('\n')).toHaveLength(2);
    });
  }

  it('points at the flag that set the field', async () => {
    const { stderr } = await runCli(['window', '--interview-at', '2026-03-20', '--working-hours', '17:00-09:00']);
    expect(stderr).toBe('interview-followup: workingHours.end must be later than workingHours.start (17:00) (--working-hours)\n');
  });

  it('reports a --input file that is not JSON', async () => {
    const { code, stderr } = await runCli(['window', '--input', '-'], { stdin: '{ interviewAt: 2026-03-20 }' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^interview-followup: --input - is not valid JSON \(.+\)\n$/);
  });

  it('reports a --input file that holds no object', async () => {
    const { code, stderr } = await runCli(['window', '--input', '-'], { stdin: '["2026-03-20"]' });
    expect(code).toBe(2);
    expect(stderr).toBe("interview-followup: --input - must hold a JSON object with the command's input fields\n");
  });

  it('reports unknown fields in a --input file by their path', async () => {
    const { code, stderr } = await runCli(['window', '--input', '-'], { stdin: '{"interviewAt":"2026-03-20","workingHourz":{}}' });
    expect(code).toBe(2);
    expect(stderr).toBe('interview-followup: workingHourz is not a known field; did you mean "workingHours"?\n');
  });
});

describe('text the user gave stays on one line, with no control character raw', () => {
  // One line, nothing a terminal acts on (C0, DEL, C1, line separators), and well-formed text.
  const isOneSafeLine = (stderr: string) =>
    // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
    /^interview-followup: [^\u0000-\u001f\u007f-\u009f\u2028\u2029]+\n$/.test(stderr) && stderr.isWellFormed();

  const rows: readonly (readonly [string, readonly string[], string | undefined, string])[] = [
    ['a line break in an argument', ['window', 'a\nb'], undefined, 'interview-followup: the window command takes no arguments (got "a\\nb")'],
    ['ESC in an unknown command', ['\u001b[2Jwindow'], undefined, 'interview-followup: unknown command "\\u001b[2Jwindow": use one of window, script, check, plan, rules'],
    ['NUL in --format', ['window', '--interview-at', '2026-03-20', '--format', 'js\u0000on'], undefined, 'interview-followup: --format must be text or json (got "js\\u0000on")'],
    ['a lone surrogate in --working-hours', ['window', '--interview-at', '2026-03-20', '--working-hours', '\uD800'], undefined, 'interview-followup: --working-hours must be two times such as 09:00-17:00 (got "\\ud800")'],
    ['a C1 control in --comfortable-on-phone', ['plan', '--interview-at', '2026-03-20', '--name', 'Ana', '--role', 'Analyst', '--comfortable-on-phone', 'y\u009bes'], undefined, 'interview-followup: --comfortable-on-phone takes yes or no (got "y\\u009bes")'],
    ['a line break in --previous-call', ['window', '--interview-at', '2026-03-20', '--previous-call', 'x\r\ny'], undefined, 'interview-followup: --previous-call must be WHEN,OUTCOME such as 2026-03-30T09:10:00+01:00,no-answer (got "x\\r\\ny")'],
    ['a line break in --rule', ['check', '--rule', 'pushy\n'], undefined, 'interview-followup: --rule must be RULE=SEVERITY such as pushy=error (got "pushy\\n")'],
    ['a line break in an unknown option', ['window', '--inter\nview-at', '2026-03-20'], undefined, 'interview-followup: unknown option --inter\\nview-at'],
    ['a line break and ESC in a file name', ['check', 'no/such\n\u001b[31m.txt'], undefined, 'interview-followup: cannot read "no/such\\n\\u001b[31m.txt": no such file'],
    ['a line break in a key of the --input JSON', ['window', '--input', '-'], '{"interviewAt":"2026-03-20","a\\nb\\u001b":1}', 'interview-followup: a\\nb\\u001b is not a known field'],
    ['a right-to-left override in an argument', ['window', 'txt.\u202eexe'], undefined, 'interview-followup: the window command takes no arguments (got "txt.\\u202eexe")'],
  ];

  for (const [what, argv, stdin, line] of rows) {
    it(`escapes ${what}`, async () => {
      const result = await runCli(argv, stdin === undefined ? {} : { stdin });
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
      expect(isOneSafeLine(result.stderr)).toBe(true);
    });
  }

  it('shows NUL in --input JSON, which the JSON.parse message quotes, as an escape', async () => {
    // The wording around it is the engine's; only the escape is ours.
    const { code, stderr } = await runCli(['window', '--input', '-'], { stdin: '\u0000' });
    expect(code).toBe(2);
    expect(stderr).toContain('\\u0000');
    expect(isOneSafeLine(stderr)).toBe(true);
  });

  it('keeps a --input JSON error on one line whatever the text around the mistake holds', async () => {
    // Line breaks, ESC, NUL and a lone surrogate around and inside the broken JSON.
    for (const stdin of ['{\n"a": \u001b[31m1\n}', '\u0000\n{', '{"x": "\uD800\n"}', '[1,\u2028 2', '\u001b]0;title\u0007{']) {
      const { code, stderr } = await runCli(['window', '--input', '-'], { stdin });
      expect(code).toBe(2);
      expect(stderr.startsWith('interview-followup: --input - is not valid JSON (')).toBe(true);
      expect(isOneSafeLine(stderr)).toBe(true);
    }
  });
});
