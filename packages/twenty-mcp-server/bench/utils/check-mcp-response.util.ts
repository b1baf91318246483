import { type ResultExpectation } from '../types/result-expectation.type';
import { parseMcpResponse } from './parse-mcp-response.util';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Checks one reply of the load: HTTP 200, a JSON-RPC result (not an error),
// no tool error, and the content the operation expects. Returns null when
// it passes, else why it failed.
export const checkMcpResponse = ({
  status,
  contentType,
  body,
  expect,
}: {
  status: number;
  contentType: string;
  body: string;
  expect: ResultExpectation;
}): string | null => {
  if (status !== 200) {
    return `HTTP ${status}: ${body.slice(0, 200)}`;
  }

  const message = parseMcpResponse(contentType, body);

  if (!isObject(message)) {
    return `not a JSON-RPC message (${contentType}): ${body.slice(0, 200)}`;
  }

  if (!isObject(message.result)) {
    return `no result: ${JSON.stringify(message.error ?? message).slice(0, 200)}`;
  }

  if (message.result.isError === true) {
    return `tool error: ${JSON.stringify(message.result.content).slice(0, 200)}`;
  }

  return expect(message.result);
};
