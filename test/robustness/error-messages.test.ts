import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, isInvalidInputError } from '../../src/index.js';
import { callAsCode, callCase, ERROR_CASES, type ErrorCase } from './error-cases.js';

// Errors a person can act on: each case of docs/errors.md gives exactly the message the page
// shows, the message starts with the field it is about, and then says what the field must be
// (or that it is missing, unknown or unreadable).

const PAGE = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'errors.md'), 'utf8');

/** A table cell without the backticks of its code span (one or two, as the text needs). */
function unwrap(cell: string): string {
  const text = cell.trim();
  const fence = text.startsWith('``') ? '``' : text.startsWith('`') ? '`' : '';
  return fence !== '' && text.endsWith(fence) ? text.slice(fence.length, -fence.length).trim() : text;
}

/** Every row of the page's tables as [what, call, message]. */
function documentedRows(page: string): string[][] {
  return page
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.endsWith(' |') && !line.startsWith('| What was wrong |'))
    .map((line) => line.slice(2, -2).split(' | ').map(unwrap));
}

const ROWS = documentedRows(PAGE);

function messageOf(entry: ErrorCase): string {
  try {
    callCase(entry);
  } catch (error) {
    if (error instanceof InvalidInputError && isInvalidInputError(error)) return error.message;
    throw error;
  }
  throw new Error('no InvalidInputError');
}

// After the field: what it must be, or that it is missing, unknown (with the known field it is
// probably a slip of, when there is one) or cannot be read.
const SAYS_WHAT_IS_EXPECTED =
  /^(?:must |is required(?: \(and \d+ more\))?$|is not a known field(?:; did you mean "\w+"\?)?$|is not a rule id |is not a (?:country|region) |could not be read )/;

describe('the messages of docs/errors.md', () => {
  it.each(ERROR_CASES.map((entry) => [entry.what, entry] as const))('%s', (_what, entry) => {
    const { field, message } = entry;
    expect(messageOf(entry)).toBe(message);
    expect(message.startsWith(`${field} `)).toBe(true);
    expect(message.slice(field.length + 1)).toMatch(SAYS_WHAT_IS_EXPECTED);
    expect(ROWS).toContainEqual([entry.what, callAsCode(entry), message]);
  });

  it('has no row that is not one of these cases', () => {
    const cases = ERROR_CASES.map((entry) => JSON.stringify([entry.what, callAsCode(entry), entry.message]));
    expect(ROWS.map((row) => JSON.stringify(row)).filter((row) => !cases.includes(row))).toEqual([]);
  });
});
