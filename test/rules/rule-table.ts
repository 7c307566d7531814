import { describe, expect, it } from 'vitest';
import { checkMessage, type Channel, type CheckContext, type RuleId } from '../../src/index.js';

/** A row that must fire: the text, and the words the diagnostic must point at (null for message rules). */
export interface FiringRow {
  readonly text: string;
  readonly excerpt: string | null;
  readonly channel?: Channel;
  readonly context?: CheckContext;
}

/** A row that must not fire, with why it is a trap. */
export interface PassingRow {
  readonly text: string;
  readonly why: string;
  readonly channel?: Channel;
  readonly context?: CheckContext;
}

function findingsOf(ruleId: RuleId, row: { text: string; channel?: Channel; context?: CheckContext }) {
  return checkMessage({
    text: row.text,
    ...(row.channel === undefined ? {} : { channel: row.channel }),
    ...(row.context === undefined ? {} : { context: row.context }),
  }).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
}

/** Writes a rule's specification as a table: one `it` per row that must fire and per row that must not. */
export function ruleTable(ruleId: RuleId, rows: { fires: readonly FiringRow[]; passes: readonly PassingRow[] }): void {
  describe(ruleId, () => {
    describe('fires on', () => {
      for (const row of rows.fires) {
        it(`${row.channel ?? 'email'}: ${JSON.stringify(row.text.length > 90 ? `${row.text.slice(0, 87)}...` : row.text)}`, () => {
          const findings = findingsOf(ruleId, row);
          expect(findings.length).toBeGreaterThan(0);
          const first = findings[0]!;
          if (row.excerpt === null) {
            expect(first.start).toBeUndefined();
          } else {
            expect(row.text.slice(first.start, first.end)).toBe(row.excerpt);
          }
          expect(first.message.length).toBeGreaterThan(0);
          expect(first.suggestion?.length).toBeGreaterThan(0);
        });
      }
    });
    describe('stays quiet on', () => {
      for (const row of rows.passes) {
        it(`${row.why}: ${JSON.stringify(row.text.length > 90 ? `${row.text.slice(0, 87)}...` : row.text)}`, () => {
          expect(findingsOf(ruleId, row)).toEqual([]);
        });
      }
    });
  });
}
