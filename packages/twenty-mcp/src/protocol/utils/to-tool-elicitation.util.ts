import {
  CLIENT_CAPABILITIES_META_KEY,
  type ClientCapabilities,
  inputResponse,
  type ServerContext,
} from '@modelcontextprotocol/server';

import { CONFIRMATION_ELICITATION_KEY } from '../../tools/constants/confirmation-elicitation-key.const';
import { type ToolElicitation } from '../../tools/types/tool-elicitation.type';

// Whether this tool call can ask the user, and the answer when it is the
// retry of one that did. Only 2026-07-28 requests carry the client's
// capabilities (the per-request envelope) and can be retried with the
// answer; a 2025-11-25 request served statelessly has neither, so there
// the model-driven confirmation token is the only path.
export const toToolElicitation = (
  ctx: ServerContext,
): ToolElicitation | null => {
  const envelope = ctx.mcpReq.envelope as Record<string, unknown> | undefined;
  const capabilities = envelope?.[CLIENT_CAPABILITIES_META_KEY] as
    ClientCapabilities | undefined;
  const elicitation = capabilities?.elicitation as
    { form?: object; url?: object } | undefined;
  // An empty capability object means form mode (spec 2025-11-25).
  const supportsForm =
    elicitation !== undefined &&
    (elicitation.form !== undefined || elicitation.url === undefined);

  if (!supportsForm) {
    return null;
  }

  const requestState = ctx.mcpReq.requestState<unknown>();

  return {
    retry:
      typeof requestState === 'string'
        ? {
            requestState,
            response: inputResponse(
              ctx.mcpReq.inputResponses,
              CONFIRMATION_ELICITATION_KEY,
            ),
          }
        : null,
  };
};
