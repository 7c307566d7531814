import { describe, expect, it } from 'vitest';
import { WINDOW_SCENARIOS } from '../../bench/fixtures/call-windows.js';
import { luxonCallWindow } from '../../bench/luxon-call-window.js';
import { nextCallWindow } from '../../src/index.js';

// The benchmark compares nextCallWindow with a Luxon version of the same computation; the
// comparison only means something if both compute the same answer. Each row also pins the answer,
// worked out by hand, so the two cannot agree on a wrong one. Calendar facts: 2026-03-20 is a
// Friday; the US changes clocks on Sun 8 Mar 2026, the UK on Sun 29 Mar, Sydney goes back on
// Sun 5 Apr; Good Friday is 3 Apr and Easter Monday 6 Apr 2026; Nepal is UTC+05:45 all year.

interface Expected {
  readonly status: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly slotCount: number;
  readonly nextSlotStart: string | null;
  readonly why: string;
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  'default-london': {
    why: 'Fri 20 Mar + 7 = Fri 27 Mar (GMT) to + 14 = Fri 3 Apr (BST): 6 working days; now is Mon 23 Mar',
    status: 'too-early',
    opensAt: '2026-03-27T09:00:00+00:00',
    closesAt: '2026-04-03T17:00:00+01:00',
    slotCount: 12,
    nextSlotStart: '2026-03-27T09:00:00+00:00',
  },
  'default-tokyo': {
    why: '23:30Z on 19 Mar is 08:30 on Fri 20 Mar in Tokyo; 27 Mar to 3 Apr; now is 01:15 on Mon 30 Mar',
    status: 'open',
    opensAt: '2026-03-27T09:00:00+09:00',
    closesAt: '2026-04-03T17:00:00+09:00',
    slotCount: 12,
    nextSlotStart: '2026-03-30T09:00:00+09:00',
  },
  'agency-new-york': {
    why: 'Thu 5 Mar + 2 = Sat 7 Mar, moved to Mon 9 Mar (EDT from 8 Mar), to + 7 = Thu 12 Mar; now is 13:00 on 9 Mar',
    status: 'open',
    opensAt: '2026-03-09T09:00:00-04:00',
    closesAt: '2026-03-12T17:00:00-04:00',
    slotCount: 8,
    nextSlotStart: '2026-03-09T16:00:00-04:00',
  },
  'agency-kathmandu': {
    why: 'Thu 19 Mar + 2 = Sat 21 Mar, moved to Sun 22 Mar (a working day there), to + 7 = Thu 26 Mar; now is 30 Mar',
    status: 'too-late',
    opensAt: '2026-03-22T09:00:00+05:45',
    closesAt: '2026-03-26T17:00:00+05:45',
    slotCount: 10,
    nextSlotStart: null,
  },
  'holidays-berlin': {
    why: 'Fri 27 Mar + 7 = Good Friday, moved past the weekend and Easter Monday to Tue 7 Apr, to Fri 10 Apr; now is 08:30 on 8 Apr',
    status: 'open',
    opensAt: '2026-04-07T09:00:00+02:00',
    closesAt: '2026-04-10T17:00:00+02:00',
    slotCount: 8,
    nextSlotStart: '2026-04-08T09:00:00+02:00',
  },
  'holidays-sydney': {
    why: 'as in Berlin, 08:30-17:30 hours, AEST after 5 Apr; now (16:45 on 8 Apr) is inside the end-of-day slot',
    status: 'open',
    opensAt: '2026-04-07T08:30:00+10:00',
    closesAt: '2026-04-10T17:30:00+10:00',
    slotCount: 8,
    nextSlotStart: '2026-04-08T16:30:00+10:00',
  },
};

describe('the Luxon reference of the call window benchmark', () => {
  it('has a hand-worked answer for every benchmark scenario', () => {
    expect(WINDOW_SCENARIOS.map((scenario) => scenario.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const scenario of WINDOW_SCENARIOS) {
    it(`${scenario.id}: gives the same status, window, slots and next slot as nextCallWindow`, () => {
      const ours = nextCallWindow(scenario.input);
      const luxon = luxonCallWindow(scenario.input);
      expect(luxon).toEqual({
        status: ours.status,
        opensAt: ours.opensAt,
        closesAt: ours.closesAt,
        slots: ours.slots,
        nextSlot: ours.nextSlot,
      });
    });

    it(`${scenario.id}: ${EXPECTED[scenario.id]?.why ?? 'has no expected answer'}`, () => {
      const expected = EXPECTED[scenario.id];
      const luxon = luxonCallWindow(scenario.input);
      expect({
        status: luxon.status,
        opensAt: luxon.opensAt,
        closesAt: luxon.closesAt,
        slotCount: luxon.slots.length,
        nextSlotStart: luxon.nextSlot?.start ?? null,
      }).toEqual({
        status: expected?.status,
        opensAt: expected?.opensAt,
        closesAt: expected?.closesAt,
        slotCount: expected?.slotCount,
        nextSlotStart: expected?.nextSlotStart,
      });
    });
  }

  it('does not change its input', () => {
    const input = structuredClone(WINDOW_SCENARIOS[4]?.input);
    if (input === undefined) throw new Error('the scenario list is shorter than expected');
    const before = structuredClone(input);
    luxonCallWindow(input);
    expect(input).toEqual(before);
  });
});
