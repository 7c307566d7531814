import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFollowUpServer, MAX_BODY_BYTES } from '../../examples/hr-tool-server.js';
import { InvalidInputError, planFollowUp } from '../../src/index.js';

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createFollowUpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/follow-up-plan`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
});

function post(body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(endpoint, { method: 'POST', headers: { 'content-type': contentType }, body });
}

const input = {
  interviewAt: '2026-03-20T14:00:00+00:00',
  timeZone: 'Europe/London',
  now: '2026-03-26T18:00:00Z',
  candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
  role: 'Data Analyst',
  contacts: { directPhone: true },
};

describe('POST /follow-up-plan', () => {
  it("answers 200 with planFollowUp's result as JSON", async () => {
    const response = await post(JSON.stringify(input));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(planFollowUp(input))));
  });

  it('answers 400 with the InvalidInputError issues for bad input', async () => {
    const bad = { ...input, timeZone: 'Mars/Olympus', workingHours: { start: '09:00', end: '08:00' } };
    let expected: InvalidInputError | undefined;
    try {
      planFollowUp(bad);
    } catch (error) {
      expected = error as InvalidInputError;
    }
    const response = await post(JSON.stringify(bad));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string; issues: unknown[] };
    expect(body.error).toBe('invalid-input');
    expect(body.message).toBe(expected?.message);
    expect(body.issues).toEqual(expected?.issues);
    expect(body.issues.map((issue) => (issue as { path: unknown[] }).path.join('.'))).toEqual(['timeZone', 'workingHours.end']);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await post('{"interviewAt":');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid-json', message: 'the body is not valid JSON' });
  });

  it('answers 400 for JSON that is not an object, naming the input as a whole', async () => {
    const response = await post('"2026-03-20"');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: unknown[] }[] };
    expect(body.error).toBe('invalid-input');
    expect(body.issues[0]?.path).toEqual([]);
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    const response = await post(JSON.stringify(input), 'text/plain');
    expect(response.status).toBe(415);
  });

  it('answers 413 for a body over the limit', async () => {
    const response = await post(JSON.stringify({ ...input, topic: 'x'.repeat(MAX_BODY_BYTES) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe('body-too-large');
  });

  it('answers 405 with Allow: POST for other methods', async () => {
    const response = await fetch(endpoint);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 404 for other paths', async () => {
    const response = await fetch(new URL('/plans', endpoint));
    expect(response.status).toBe(404);
  });
});
