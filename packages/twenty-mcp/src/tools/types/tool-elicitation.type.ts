import { type InputResponseView } from '@modelcontextprotocol/server';

// Asking the user through the client, on a request whose client declared
// form elicitation (2026-07-28: an input_required result the client answers
// by retrying the call; docs/guardrails.md).
export type ToolElicitation = {
  // Set when this call is such a retry: the state the server handed out
  // (as the client echoed it: unverified) and the user's answer.
  retry: { requestState: string; response: InputResponseView } | null;
};
