import { type CallLimitRefusal } from '../../services/call-limits/types/call-limit-refusal.type';
import { MCP_HTTP_REQUEST_STORAGE } from '../constants/mcp-http-request-storage.const';
import { attachToolErrorCause } from './tool-error-cause.util';
import { toToolErrorResult } from './to-tool-error-result.util';

// The tool error of a call over an hourly limit. The HTTP request learns
// how long to wait (the longest of its refused calls) so its response can
// carry Retry-After (McpHttpHandler).
export const toCallLimitedResult = (refusal: CallLimitRefusal) => {
  const request = MCP_HTTP_REQUEST_STORAGE.getStore();

  if (request) {
    request.retryAfterSeconds = Math.max(
      request.retryAfterSeconds ?? 0,
      refusal.retryAfterSeconds,
    );
  }

  return attachToolErrorCause(toToolErrorResult(refusal.message), {
    errorClass: 'CallLimitExceeded',
    internal: false,
  });
};
