import fc from 'fast-check';
import type { RenderScriptInput } from '../../src/index.js';

// Facts of the kind real candidates type: names from several languages, roles with acronyms and
// brackets, companies ending in "Inc." or "Ltd", topics in plain words. Nothing here is chosen to
// please a checker; it is what an HR tool would pass in.

const FIRST_NAMES = [
  'Ana', 'Jordan', 'Priya', 'Wei', 'Seán', 'María José', 'Kwame', 'Zoë', 'Mohammed', 'Olga', 'Hiroshi',
  'Chidinma', 'Björn', 'Fatima', 'Lucas', 'Ngozi', 'Aroha', 'Dr. Ahmed', 'Ms. Claire', 'Sam',
];
const LAST_NAMES = [
  'Silva', 'Lee', 'Natarajan', 'Li', "O'Connor", 'García', 'Mensah', 'Müller-Schmidt', 'Khan', 'Ivanova',
  'Tanaka', 'Okafor', 'Andersson', 'Haddad', 'Moreau', 'Nguyễn', 'Walker', 'Smith Jr.', 'van der Berg', 'Kowalski',
];
const ROLES = [
  'Data Analyst', 'Senior Software Engineer', 'QA Engineer', 'UX Designer', 'Registered Nurse', 'Warehouse Operative',
  'Account Manager', 'Head of Finance', 'Junior Data Analyst', 'Teaching Assistant', 'Sous Chef',
  'Site Reliability Engineer (SRE)', 'Marketing Coordinator', 'Customer Success Manager', 'HR Business Partner',
  'Full-Stack Developer', 'Payroll Specialist', 'Product Owner', 'Electrician', 'Graduate Civil Engineer',
];
const COMPANIES = [
  'Acme', 'Northwind Traders', 'Globex Ltd', 'Initech Inc.', 'IBM', 'Müller & Söhne GmbH', "St. Mary's Hospital",
  'Blue Harbor Logistics', 'Contoso', 'Fabrikam', 'the City Council', 'Umbrella Health', 'Tailspin Toys', 'Wingtip',
];
const TOPICS = [
  'the new onboarding programme', 'your plans for the Berlin office', "the team's approach to code review",
  'the customer research you described', 'the move to a cloud data warehouse', 'how the night shift is organised',
  'the mentoring scheme', 'your product roadmap for next year', 'the patient safety project', 'the menu redesign',
];
const TITLES = ['Head of Data', 'Hiring Manager', 'Engineering Lead', 'Ward Manager', 'Senior Recruiter'];
const PHONES = ['+1 555 0100', '020 7946 0018', '(555) 010-0199', '+44 7700 900123', '0412 345 678', '+49 30 901820'];
const EMAILS = ['ana.silva@example.com', 'j.lee@example.org', 'priya+jobs@example.net', 'kwame@example.co.uk'];
const ZONES = [
  'UTC', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Asia/Kathmandu',
  'Australia/Sydney', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Africa/Lagos',
];

/** A person's name, such as "Seán O'Connor". */
export const personName = fc.tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES)).map(([first, last]) => `${first} ${last}`);

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });

/** When the interview was: a Date, an ISO instant with Z or an offset, or a date-only string. */
export const interviewedOn = fc.oneof(
  day,
  day.map((date) => date.toISOString()),
  day.map((date) => date.toISOString().slice(0, 10)),
  fc.tuple(day, fc.constantFrom('+09:00', '-05:00', '+05:45', '+00:00')).map(([date, offset]) => `${date.toISOString().slice(0, 19)}${offset}`),
);

/** Contact details: sometimes none, which makes some kinds show a gap. */
const candidate = fc.record(
  { name: personName, phone: fc.constantFrom(...PHONES), email: fc.constantFrom(...EMAILS) },
  { requiredKeys: ['name'] },
);

const interviewer = fc.record(
  { name: personName, title: fc.constantFrom(...TITLES) },
  { requiredKeys: [] },
);

/** Any valid input of renderScript, over every kind, locale, variant and both `via` values. */
export const renderScriptInput: fc.Arbitrary<RenderScriptInput> = fc.record(
  {
    kind: fc.constantFrom('phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'),
    candidate,
    role: fc.constantFrom(...ROLES),
    company: fc.constantFrom(...COMPANIES),
    interviewer,
    topic: fc.constantFrom(...TOPICS),
    interviewedOn,
    via: fc.constantFrom('employer', 'agency'),
    locale: fc.constantFrom('en-US', 'en-GB'),
    timeZone: fc.constantFrom(...ZONES),
    variant: fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
  },
  { requiredKeys: ['kind', 'candidate', 'role', 'interviewedOn'] },
);
