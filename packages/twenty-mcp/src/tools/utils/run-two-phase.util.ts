import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { type ConfirmableOperation } from '../../services/confirmations/types/confirmable-operation.type';
import { type ToolCallContext } from '../types/tool-call-context.type';
import { type ToolInputRequired } from '../types/tool-input-required.type';
import { type ToolResult } from '../types/tool-result.type';

// A destructive operation in two phases (docs/guardrails.md): a call with
// the confirmation token a preview handed out, or a client's retry in
// which the user said "go ahead", runs it once; a user who did not is
// refused and the token discarded; any other call is the first phase,
// which changes nothing.
export const runTwoPhase = async ({
  context,
  confirmable,
  confirmationToken,
  execute,
  preview,
}: {
  context: ToolCallContext;
  confirmable: ConfirmableOperation;
  confirmationToken: string | undefined;
  execute: () => Promise<ToolResult>;
  preview: () => Promise<ToolResult | ToolInputRequired>;
}): Promise<ToolResult | ToolInputRequired> => {
  if (confirmationToken !== undefined) {
    await context.confirmations.consume(
      context.principal,
      confirmationToken,
      confirmable,
    );

    return execute();
  }

  const retry = context.elicitation?.retry;

  if (!retry) {
    return preview();
  }

  const { response } = retry;

  if (
    response.kind === 'elicit' &&
    response.action === 'accept' &&
    response.content?.confirm === true
  ) {
    await context.confirmations.consume(
      context.principal,
      retry.requestState,
      confirmable,
    );

    return execute();
  }

  await context.confirmations.discard(
    context.principal,
    retry.requestState,
    confirmable,
  );

  throw new TwentyMcpException(
    `The user did not confirm in their client (declined, cancelled or no answer). Nothing was changed; do not retry unless the user asks again.`,
    TwentyMcpExceptionCode.CANCELLED,
  );
};
