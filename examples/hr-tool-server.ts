// A JSON endpoint an applicant-tracking system could mount: POST /follow-up-plan with the
// planFollowUp input as the body returns the plan. Bad input gets 400 and the library's issues,
// field by field, so the calling form can show each next to its field.
//
//   npx tsx examples/hr-tool-server.ts            # listens on http://127.0.0.1:3000
//   curl -s -X POST http://127.0.0.1:3000/follow-up-plan -H 'content-type: application/json' \
//     -d '{"interviewAt":"2026-03-20","timeZone":"Europe/London","candidate":{"name":"Ana Silva"},"role":"Data Analyst"}'
//
// In your own code, import from 'interview-followup'.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { isInvalidInputError, planFollowUp } from '../src/index.js';

/** The largest request body accepted; a follow-up plan's input is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new HttpError(415, { error: 'unsupported-media-type', message: 'send the input as application/json' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    // Past the limit the rest is read and dropped, so the client gets the 413 rather than a reset.
    if (size <= MAX_BODY_BYTES) chunks.push(bytes);
  }
  if (size > MAX_BODY_BYTES) {
    throw new HttpError(413, { error: 'body-too-large', message: `the body must be at most ${String(MAX_BODY_BYTES)} bytes` });
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'invalid-json', message: 'the body is not valid JSON' });
  }
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path !== '/follow-up-plan') {
    send(response, 404, { error: 'not-found', message: 'the only endpoint is POST /follow-up-plan' });
    return;
  }
  if (request.method !== 'POST') {
    send(response, 405, { error: 'method-not-allowed', message: 'use POST' }, { allow: 'POST' });
    return;
  }
  try {
    const input = await readJsonBody(request);
    // planFollowUp validates the whole body; anything wrong comes back as InvalidInputError.
    send(response, 200, planFollowUp(input as Parameters<typeof planFollowUp>[0]));
  } catch (error) {
    if (error instanceof HttpError) {
      send(response, error.status, error.body);
    } else if (isInvalidInputError(error)) {
      send(response, 400, { error: 'invalid-input', message: error.message, issues: error.issues });
    } else {
      console.error(error);
      send(response, 500, { error: 'internal', message: 'the plan could not be made' });
    }
  }
}

/**
 * An HTTP server with the follow-up-plan endpoint; call `listen` on it.
 *
 * @example
 * ```ts
 * createFollowUpServer().listen(3000, '127.0.0.1');
 * ```
 */
export function createFollowUpServer(): Server {
  return createServer((request, response) => {
    void handle(request, response);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  createFollowUpServer().listen(port, '127.0.0.1', () => {
    console.log(`POST http://127.0.0.1:${String(port)}/follow-up-plan`);
  });
}
