import { describe, expect, it } from 'vitest';
import { InvalidInputError, SCRIPT_WORD_BUDGETS, renderScript } from '../../src/index.js';
import type { RenderScriptInput, Script } from '../../src/index.js';
import { countWords, speakingSeconds } from '../../src/internal/words.js';

const KINDS = ['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'] as const;
const LOCALES = ['en-US', 'en-GB'] as const;

/** A candidate with every fact known. */
const complete = {
  candidate: { name: 'Ana Silva', phone: '+1 555 0100', email: 'ana@example.com' },
  role: 'Data Analyst',
  company: 'Acme Analytics',
  interviewer: { name: 'Jordan Lee', title: 'Head of Data' },
  topic: 'the move to a cloud data warehouse',
  interviewedOn: '2026-03-20',
} as const;

/** A candidate with only the required facts. */
const minimal = {
  candidate: { name: 'Ana Silva' },
  role: 'Data Analyst',
  interviewedOn: '2026-03-20',
} as const;

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function ids(script: Script): string[] {
  return script.sections.map((section) => section.id);
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('renderScript: every kind in every locale', () => {
  const cases = KINDS.flatMap((kind) => LOCALES.map((locale) => ({ kind, locale })));

  it.each(cases)('$kind in $locale names the candidate, the role and the interview date', ({ kind, locale }) => {
    const script = renderScript({ ...complete, kind, locale });
    expect(script.kind).toBe(kind);
    expect(script.locale).toBe(locale);
    expect(script.text).toContain('Ana Silva');
    expect(script.text).toContain('Data Analyst');
    expect(script.text).toContain(locale === 'en-US' ? 'March 20' : '20 March');
    expect(script.text).not.toContain(locale === 'en-US' ? '20 March' : 'March 20');
  });

  it.each(cases)('$kind in $locale greets the interviewer by name and names the company', ({ kind, locale }) => {
    const script = renderScript({ ...complete, kind, locale });
    expect(script.text).toContain('Jordan Lee');
    expect(script.text).toContain('Acme Analytics');
  });

  it.each(cases)('$kind in $locale joins its sections, in order, into text', ({ kind, locale }) => {
    const script = renderScript({ ...complete, kind, locale });
    let position = 0;
    for (const section of script.sections) {
      const found = script.text.indexOf(section.text, position);
      expect(found, section.id).toBeGreaterThanOrEqual(position);
      position = found + section.text.length;
    }
    expect(position).toBe(script.text.length);
  });

  it.each(cases)('$kind in $locale counts words as checkMessage does and stays within its budget', ({ kind, locale }) => {
    const script = renderScript({ ...complete, kind, locale });
    expect(script.wordCount).toBe(countWords(script.text));
    expect(script.estimatedSeconds).toBe(speakingSeconds(script.wordCount));
    expect(script.wordBudget).toBe(SCRIPT_WORD_BUDGETS[kind]);
    expect(script.wordCount).toBeLessThanOrEqual(script.wordBudget);
  });

  it.each(cases)('$kind in $locale survives a JSON round trip unchanged', ({ kind, locale }) => {
    const script = renderScript({ ...complete, kind, locale });
    expect(JSON.parse(JSON.stringify(script))).toEqual(script);
  });
});

describe('renderScript: the section order of each kind', () => {
  it.each([
    [
      'phone',
      ['greeting', 'introduction', 'interview', 'good-time', 'thanks', 'appreciation', 'status', 'interest', 'next-steps', 'contact', 'close'],
    ],
    ['voicemail', ['introduction', 'interview', 'reason', 'contact', 'close']],
    ['email', ['greeting', 'thanks', 'appreciation', 'interest', 'next-steps', 'invitation', 'sign-off']],
    ['handwritten-note', ['greeting', 'thanks', 'appreciation', 'interest', 'contact', 'sign-off']],
    ['linkedin', ['greeting', 'thanks', 'interest', 'next-steps', 'sign-off']],
  ] as const)('%s has the sections %j', (kind, expected) => {
    for (const locale of LOCALES) {
      for (let variant = 0; variant < 6; variant++) {
        expect(ids(renderScript({ ...complete, kind, locale, variant }))).toEqual(expected);
      }
    }
  });
});

describe('renderScript: phone', () => {
  const phone = renderScript({ ...complete, kind: 'phone' });
  const section = (id: string) => phone.sections.find((s) => s.id === id)?.text ?? '';

  it('greets the interviewer by name and introduces the candidate', () => {
    expect(section('greeting')).toContain('Jordan Lee');
    expect(section('introduction')).toContain('Ana Silva');
  });

  it('gives the role and the interview date in one section', () => {
    expect(section('interview')).toContain('Data Analyst');
    expect(section('interview')).toContain('Friday, March 20');
  });

  it('asks whether now is a good time before anything else is asked', () => {
    expect(section('good-time')).toMatch(/\?$/);
    expect(ids(phone).indexOf('good-time')).toBeLessThan(ids(phone).indexOf('status'));
  });

  it('thanks the reader, mentions the topic, says the candidate is still interested and asks about next steps', () => {
    expect(section('thanks')).toMatch(/thank/i);
    expect(section('appreciation')).toContain('the move to a cloud data warehouse');
    expect(section('interest')).toMatch(/interested/);
    expect(section('next-steps')).toMatch(/next steps|timeline/);
    expect(section('next-steps')).toMatch(/\?$/);
  });

  it('gives the phone number once in the main path', () => {
    expect(occurrences(phone.text, '+1 555 0100')).toBe(1);
    expect(section('contact')).toContain('+1 555 0100');
  });

  it('keeps the branches out of text and offers bad-time, role-filled and no-answer', () => {
    expect(phone.branches?.map((branch) => branch.id)).toEqual(['bad-time', 'role-filled', 'no-answer']);
    for (const branch of phone.branches ?? []) {
      expect(branch.when.length).toBeGreaterThan(0);
      expect(phone.text).not.toContain(branch.text);
    }
  });

  it('asks when to call back in the bad-time branch', () => {
    const badTime = phone.branches?.find((branch) => branch.id === 'bad-time');
    expect(badTime?.text).toMatch(/when|what time/i);
    expect(badTime?.text).toContain('?');
  });

  it('thanks them and asks to be considered for future roles in the role-filled branch', () => {
    for (let variant = 0; variant < 12; variant++) {
      const filled = renderScript({ ...complete, kind: 'phone', variant }).branches?.find((b) => b.id === 'role-filled');
      expect(filled?.text).toMatch(/thank/i);
      expect(filled?.text).toMatch(/considered|hear about/);
    }
  });

  it('uses the voicemail script, with the same variant, as the no-answer branch', () => {
    for (let variant = 0; variant < 12; variant++) {
      const call = renderScript({ ...complete, kind: 'phone', variant });
      const voicemail = renderScript({ ...complete, kind: 'voicemail', variant });
      expect(call.branches?.find((b) => b.id === 'no-answer')?.text).toBe(voicemail.text);
    }
  });

  it('only phone scripts have branches', () => {
    for (const kind of KINDS.filter((k) => k !== 'phone')) {
      expect(renderScript({ ...complete, kind })).not.toHaveProperty('branches');
    }
  });

  it('offers the email address when there is no phone number', () => {
    const call = renderScript({ ...complete, kind: 'phone', candidate: { name: 'Ana Silva', email: 'ana@example.com' } });
    expect(call.sections.find((s) => s.id === 'contact')?.text).toContain('ana@example.com');
    expect(call.text).not.toContain('[your phone number]');
  });
});

describe('renderScript: voicemail', () => {
  it.each(LOCALES)('gives the number twice and stays under 75 words and 30 seconds in %s', (locale) => {
    for (let variant = 0; variant < 12; variant++) {
      const voicemail = renderScript({ ...complete, kind: 'voicemail', locale, variant });
      expect(occurrences(voicemail.text, '+1 555 0100')).toBe(2);
      expect(voicemail.wordCount).toBeLessThanOrEqual(75);
      expect(voicemail.estimatedSeconds).toBeLessThanOrEqual(30);
    }
  });

  it('names the role, asks for an update, says the candidate is interested and thanks them', () => {
    const voicemail = renderScript({ ...complete, kind: 'voicemail' });
    expect(voicemail.text).toContain('Data Analyst');
    expect(voicemail.sections.find((s) => s.id === 'reason')?.text).toMatch(/update|check/);
    expect(voicemail.text).toMatch(/interested/);
    expect(voicemail.sections.at(-1)?.text).toMatch(/thank/i);
  });
});

describe('renderScript: email', () => {
  it('has a subject naming the role; no other kind has one', () => {
    for (let variant = 0; variant < 6; variant++) {
      expect(renderScript({ ...complete, kind: 'email', variant }).subject).toContain('Data Analyst');
    }
    for (const kind of KINDS.filter((k) => k !== 'email')) {
      expect(renderScript({ ...complete, kind })).not.toHaveProperty('subject');
    }
  });

  it('signs with the name, the phone number and the email address on their own lines', () => {
    const email = renderScript({ ...complete, kind: 'email' });
    expect(email.sections.at(-1)?.text).toMatch(/\nAna Silva\n\+1 555 0100\nana@example\.com$/);
  });

  it('greets the interviewer by title when only the title is known', () => {
    const email = renderScript({ ...minimal, kind: 'email', variant: 0, interviewer: { title: 'Head of Data' } });
    const greeting = email.sections[0]?.text ?? '';
    expect(['Dear Head of Data,', 'Hello,']).toContain(greeting);
  });
});

describe('renderScript: locale conventions', () => {
  it.each([
    ['en-US', 'Friday, March 20'],
    ['en-GB', 'Friday 20 March'],
  ] as const)('writes the date with its weekday the %s way: %s', (locale, date) => {
    expect(renderScript({ ...complete, kind: 'voicemail', locale }).text).toContain(date);
  });

  it('gives a number "at" in en-US and "on" in en-GB when the sentence says how to reach the candidate', () => {
    const reach = (locale: 'en-US' | 'en-GB') =>
      Array.from({ length: 30 }, (_, variant) => renderScript({ ...complete, kind: 'phone', locale, variant }))
        .map((script) => script.sections.find((s) => s.id === 'contact')?.text ?? '')
        .filter((text) => text.includes('reach me'));
    expect(reach('en-US').length).toBeGreaterThan(0);
    expect(reach('en-GB').length).toBeGreaterThan(0);
    for (const text of reach('en-US')) expect(text).toContain('reach me at +1 555 0100');
    for (const text of reach('en-GB')) expect(text).toContain('reach me on +1 555 0100');
  });

  it('signs British notes "Yours sincerely" to a named reader and "Yours faithfully" to an unnamed one', () => {
    const signOffs = (interviewer?: { name?: string; title?: string }) =>
      new Set(
        Array.from({ length: 30 }, (_, variant) =>
          renderScript({ ...minimal, kind: 'handwritten-note', locale: 'en-GB', variant, ...(interviewer ? { interviewer } : {}) }),
        ).map((note) => note.sections.at(-1)?.text.split('\n')[0]),
      );
    expect(signOffs({ name: 'Jordan Lee' })).toContain('Yours sincerely,');
    expect(signOffs({ name: 'Jordan Lee' })).not.toContain('Yours faithfully,');
    expect(signOffs()).toContain('Yours faithfully,');
    expect(signOffs()).not.toContain('Yours sincerely,');
  });

  it('uses British spelling and words in en-GB and American ones in en-US', () => {
    const all = (locale: 'en-US' | 'en-GB') =>
      Array.from({ length: 40 }, (_, variant) =>
        KINDS.map((kind) => {
          const script = renderScript({ ...complete, kind, locale, variant });
          return [script.text, ...(script.branches ?? []).map((b) => b.text)].join('\n');
        }).join('\n'),
      ).join('\n');
    const british = all('en-GB');
    const american = all('en-US');
    expect(british).toMatch(/\bring\b|\bringing\b/);
    expect(british).toMatch(/timescale/);
    expect(british).not.toMatch(/\bSincerely,|\btimeline\b/);
    expect(american).not.toMatch(/\bring\b|timescale|Kind regards|Yours/);
  });
});

describe('renderScript: the interview date in the time zone', () => {
  it.each([
    ['a date-only string is that day wherever the zone', '2026-03-20', 'Pacific/Kiritimati', 'Friday, March 20'],
    ['an instant late on the 20th in UTC is the 21st in Tokyo', '2026-03-20T23:30:00Z', 'Asia/Tokyo', 'Saturday, March 21'],
    ['the same instant is still the 20th in New York', '2026-03-20T23:30:00Z', 'America/New_York', 'Friday, March 20'],
    ['an instant early on the 20th in UTC is the 19th in Honolulu', '2026-03-20T05:00:00Z', 'Pacific/Honolulu', 'Thursday, March 19'],
    ['an offset in the string does not change the zone used', '2026-03-20T01:00:00+09:00', 'Europe/London', 'Thursday, March 19'],
    ['a day in a far year keeps its real weekday', '2099-12-31', 'UTC', 'Thursday, December 31'],
    ['a leap day', '2028-02-29', 'UTC', 'Tuesday, February 29'],
  ] as const)('%s', (_label, interviewedOn, timeZone, expected) => {
    expect(renderScript({ ...minimal, kind: 'voicemail', interviewedOn, timeZone }).text).toContain(expected);
  });

  it('accepts a Date and reads it in the zone', () => {
    const script = renderScript({ ...minimal, kind: 'voicemail', interviewedOn: new Date('2026-03-20T23:30:00Z'), timeZone: 'Asia/Tokyo' });
    expect(script.text).toContain('Saturday, March 21');
  });

  it('reads a year below 100 as that year, not as 19xx', () => {
    // 0099-03-20 was a Friday in the proleptic Gregorian calendar; 1999-03-20 was a Saturday.
    const check = new Date(Date.UTC(2000, 0, 1));
    check.setUTCFullYear(99, 2, 20);
    expect(check.getUTCDay()).toBe(5);
    expect(renderScript({ ...minimal, kind: 'voicemail', interviewedOn: '0099-03-20' }).text).toContain('Friday, March 20');
  });
});

describe('renderScript: agency', () => {
  it.each(KINDS)('%s speaks to the recruiter and names the client company', (kind) => {
    for (const locale of LOCALES) {
      for (let variant = 0; variant < 6; variant++) {
        const script = renderScript({ ...complete, kind, locale, variant, via: 'agency', interviewer: { name: 'Sam Reed' } });
        expect(script.text).toContain('Sam Reed');
        expect(script.text).toContain('Acme Analytics');
      }
    }
  });

  it('differs from the employer script for the same facts', () => {
    const employer = renderScript({ ...complete, kind: 'email' });
    const agency = renderScript({ ...complete, kind: 'email', via: 'agency' });
    expect(agency.text).not.toBe(employer.text);
  });

  it('says "your client" when the client company is not given', () => {
    const mentions = Array.from({ length: 12 }, (_, variant) =>
      renderScript({ ...minimal, kind: 'phone', via: 'agency', variant }).text,
    ).filter((text) => text.includes('your client'));
    expect(mentions.length).toBeGreaterThan(0);
  });

  it('thanks the recruiter for putting the candidate forward when the role is filled', () => {
    const texts = Array.from({ length: 12 }, (_, variant) =>
      renderScript({ ...complete, kind: 'phone', via: 'agency', variant }).branches?.find((b) => b.id === 'role-filled')?.text,
    );
    expect(texts.some((text) => text?.includes('putting me forward'))).toBe(true);
  });
});

describe('renderScript: missing optional facts', () => {
  it.each(KINDS)('%s without interviewer, company or topic has no empty slot', (kind) => {
    for (const locale of LOCALES) {
      for (let variant = 0; variant < 12; variant++) {
        const script = renderScript({ ...minimal, kind, locale, variant });
        for (const part of [script.text, script.subject ?? '', ...(script.branches ?? []).map((b) => b.text)]) {
          expect(part).not.toMatch(/undefined|null|NaN|\[object Object\]/);
          expect(part).not.toMatch(/ {2}| [,.?]|\bat\s*[.,]|\bthe\s+(?:role|position|post)\s+at\s*\./);
          expect(part).not.toMatch(/,,|\.\./);
        }
      }
    }
  });

  it('leaves out the appreciation section when there is no topic', () => {
    for (const kind of ['phone', 'email', 'handwritten-note'] as const) {
      expect(ids(renderScript({ ...minimal, kind }))).not.toContain('appreciation');
    }
  });

  it('greets neutrally without a name', () => {
    const greetings = new Set(
      Array.from({ length: 30 }, (_, variant) => renderScript({ ...minimal, kind: 'phone', variant }).sections[0]?.text),
    );
    expect([...greetings].sort()).toEqual(['Hello, good to reach you.', 'Hello.', 'Hi there.']);
  });

  it('leaves out the contact sentence of a note when there is no contact detail, without a gap', () => {
    const note = renderScript({ ...minimal, kind: 'handwritten-note' });
    expect(ids(note)).not.toContain('contact');
    expect(note.placeholders).toEqual([]);
  });

  it('does not print " at " before a missing company', () => {
    const script = renderScript({ ...minimal, kind: 'voicemail', variant: 0 });
    expect(script.text).not.toMatch(/ at (?:on|\.)/);
  });
});

describe('renderScript: bracketed gaps for missing contact details', () => {
  it.each([
    ['voicemail without a phone number', { kind: 'voicemail', candidate: { name: 'Ana Silva', email: 'ana@example.com' } }, ['[your phone number]'], 2],
    ['phone without any contact detail', { kind: 'phone', candidate: { name: 'Ana Silva' } }, ['[your phone number]'], 1],
    ['phone with an email only (the no-answer voicemail needs the number)', { kind: 'phone', candidate: { name: 'Ana Silva', email: 'ana@example.com' } }, ['[your phone number]'], 0],
    ['email without any contact detail', { kind: 'email', candidate: { name: 'Ana Silva' } }, ['[your email address]'], 1],
    ['email with a phone number only', { kind: 'email', candidate: { name: 'Ana Silva', phone: '+1 555 0100' } }, [], 0],
    ['voicemail with a phone number', { kind: 'voicemail', candidate: { name: 'Ana Silva', phone: '+1 555 0100' } }, [], 0],
    ['note without any contact detail', { kind: 'handwritten-note', candidate: { name: 'Ana Silva' } }, [], 0],
    ['LinkedIn without any contact detail', { kind: 'linkedin', candidate: { name: 'Ana Silva' } }, [], 0],
  ] as const)('%s', (_label, facts, placeholders, inText) => {
    const script = renderScript({ ...minimal, ...facts });
    expect(script.placeholders).toEqual(placeholders);
    const gap = placeholders[0];
    if (gap !== undefined) {
      expect(occurrences(script.text, gap)).toBe(inText);
      const everywhere = [script.text, ...(script.branches ?? []).map((b) => b.text)].join('\n');
      expect(everywhere).toContain(gap);
    }
  });

  it('lists a gap once even when the voicemail says it twice', () => {
    const voicemail = renderScript({ ...minimal, kind: 'voicemail' });
    expect(voicemail.placeholders).toEqual(['[your phone number]']);
  });
});

describe('renderScript: variation', () => {
  it('gives the same script for the same input', () => {
    for (const kind of KINDS) {
      expect(renderScript({ ...complete, kind, variant: 41 })).toEqual(renderScript({ ...complete, kind, variant: 41 }));
    }
  });

  it('treats a missing variant as variant 0', () => {
    expect(renderScript({ ...complete, kind: 'phone' })).toEqual(renderScript({ ...complete, kind: 'phone', variant: 0 }));
  });

  it.each(KINDS)('gives %s many different texts over a hundred variants', (kind) => {
    const texts = new Set(Array.from({ length: 100 }, (_, variant) => renderScript({ ...complete, kind, variant }).text));
    // Five to eleven sections with three phrasings each: 243 to 177,147 combinations.
    expect(texts.size).toBeGreaterThanOrEqual(kind === 'linkedin' || kind === 'voicemail' ? 60 : 80);
  });

  it.each(KINDS)('uses at least three phrasings of every %s section', (kind) => {
    const phrasings = new Map<string, Set<string>>();
    for (let variant = 0; variant < 100; variant++) {
      for (const section of renderScript({ ...complete, kind, variant }).sections) {
        const seen = phrasings.get(section.id) ?? new Set<string>();
        seen.add(section.text);
        phrasings.set(section.id, seen);
      }
    }
    for (const [id, seen] of phrasings) expect(seen.size, id).toBeGreaterThanOrEqual(3);
  });

  it('changes most sections between neighbouring variants, not only the first', () => {
    const a = renderScript({ ...complete, kind: 'phone', variant: 10 }).sections;
    const b = renderScript({ ...complete, kind: 'phone', variant: 11 }).sections;
    const changed = a.filter((section, index) => section.text !== b[index]?.text).length;
    expect(changed).toBeGreaterThanOrEqual(3);
  });

  it('accepts the largest safe integer as a variant', () => {
    expect(renderScript({ ...complete, kind: 'email', variant: Number.MAX_SAFE_INTEGER }).text).toContain('Data Analyst');
  });
});

describe('renderScript: user text is inserted verbatim', () => {
  it.each([
    '{name}',
    '${x}',
    '%s',
    '$&',
    "$1 and $' and $`",
    '{{role}}',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'Data Analyst (m/f/d)',
    'Ingénieure logiciel',
    '数据分析师',
    'Analyst 👩‍💻',
  ])('keeps the role %j literally in every kind', (role) => {
    for (const kind of KINDS) {
      const script = renderScript({ ...complete, kind, role });
      expect(script.text).toContain(role);
    }
  });

  it.each(['{name}', '${candidate}', '$&', '%d'])('keeps %j in a name, a company and a topic literally', (value) => {
    const script = renderScript({
      ...complete,
      kind: 'email',
      candidate: { name: value, phone: value, email: value },
      company: value,
      topic: value,
      interviewer: { name: value },
    });
    expect(occurrences(script.text, value)).toBeGreaterThanOrEqual(4);
  });

  it('trims spaces around facts but keeps the inside as typed', () => {
    const script = renderScript({ ...minimal, kind: 'voicemail', candidate: { name: '  Ana  Silva ', phone: ' 555 0100 ' } });
    expect(script.text).toContain('Ana  Silva');
    expect(script.text).not.toContain('  Ana');
    expect(script.text).toContain('555 0100.');
  });

  it('does not add a second full stop after a fact that ends with one', () => {
    for (let variant = 0; variant < 30; variant++) {
      for (const kind of KINDS) {
        for (const via of ['employer', 'agency'] as const) {
          for (const locale of LOCALES) {
            const script = renderScript({
              ...complete,
              kind,
              variant,
              via,
              locale,
              company: 'Acme Inc.',
              topic: 'the Q3 plan etc.',
              candidate: { name: 'Ana Silva Jr.', phone: '555 0100.', email: 'ana@example.com.' },
            });
            for (const part of [script.text, ...(script.branches ?? []).map((b) => b.text)]) expect(part).not.toContain('..');
          }
        }
      }
    }
  });

  it('does not mutate its input', () => {
    const input: RenderScriptInput = structuredClone({ ...complete, kind: 'phone' as const, via: 'agency' as const });
    const copy = structuredClone(input);
    renderScript(input);
    expect(input).toEqual(copy);
  });

  it('works on a frozen input', () => {
    const input = Object.freeze({ ...complete, kind: 'email' as const, candidate: Object.freeze({ ...complete.candidate }) });
    expect(renderScript(input).text).toContain('Ana Silva');
  });
});

describe('renderScript: the word budget', () => {
  it('leaves out the appreciation section when a long topic would break the budget', () => {
    const topic = Array.from({ length: 60 }, () => 'ab').join(' ');
    const script = renderScript({ ...complete, kind: 'phone', topic, variant: 0 });
    const withShortTopic = renderScript({ ...complete, kind: 'phone', topic: 'the roadmap', variant: 0 });
    expect(ids(withShortTopic)).toContain('appreciation');
    expect(ids(script)).not.toContain('appreciation');
    expect(script.wordCount).toBeLessThanOrEqual(150);
  });

  it('reports the words honestly when required facts alone are longer than the budget', () => {
    const role = Array.from({ length: 60 }, () => 'ab').join(' ');
    const voicemail = renderScript({ ...complete, kind: 'voicemail', role });
    expect(voicemail.wordCount).toBe(countWords(voicemail.text));
    expect(voicemail.wordCount).toBeGreaterThan(voicemail.wordBudget);
  });
});

describe('renderScript: bad input', () => {
  it.each([
    ['a role with a line break', { ...minimal, kind: 'email', role: 'Data\nAnalyst' }, ['role']],
    ['a name with a tab', { ...minimal, kind: 'email', candidate: { name: 'Ana\tSilva' } }, ['candidate', 'name']],
    ['a company of 201 characters', { ...minimal, kind: 'email', company: 'x'.repeat(201) }, ['company']],
    ['a topic of only spaces', { ...minimal, kind: 'email', topic: '   ' }, ['topic']],
    ['an unknown kind', { ...minimal, kind: 'fax' }, ['kind']],
    ['an unknown locale', { ...minimal, kind: 'email', locale: 'fr-FR' }, ['locale']],
    ['an unknown time zone', { ...minimal, kind: 'email', timeZone: 'Mars/Olympus' }, ['timeZone']],
    ['an impossible date', { ...minimal, kind: 'email', interviewedOn: '2026-02-30' }, ['interviewedOn']],
    ['a negative variant', { ...minimal, kind: 'email', variant: -1 }, ['variant']],
    ['a fractional variant', { ...minimal, kind: 'email', variant: 1.5 }, ['variant']],
    ['a variant of NaN', { ...minimal, kind: 'email', variant: Number.NaN }, ['variant']],
    ['an unknown field', { ...minimal, kind: 'email', salary: 100 }, ['salary']],
    ['a missing role', { kind: 'email', candidate: { name: 'Ana' }, interviewedOn: '2026-03-20' }, ['role']],
    ['an object as the role', { ...minimal, kind: 'email', role: { toString: (): string => 'x' } }, ['role']],
  ])('rejects %s with InvalidInputError at the field', (_label, input, path) => {
    const error = thrownBy(() => renderScript(input as unknown as RenderScriptInput));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues[0]?.path).toEqual(path);
  });

  it.each([null, undefined, 'phone', 42, []])('rejects %j as the whole input', (input) => {
    expect(() => renderScript(input as unknown as RenderScriptInput)).toThrow(InvalidInputError);
  });
});
