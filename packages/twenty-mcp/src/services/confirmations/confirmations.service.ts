import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { assertUnreachable } from '../../domain/exceptions/utils/assert-unreachable.util';
import { invalidArgument } from '../../domain/exceptions/utils/invalid-argument.util';
import { type Principal } from '../../domain/principal/types/principal.type';
import { McpConfirmationStore } from '../../storage/services/mcp-confirmation-store.service';
import { type ConfirmationClaim } from '../../storage/types/confirmation-claim.type';
import { CONFIRMATION_TOKEN_FORMAT } from './constants/confirmation-token-format.const';
import { type ConfirmableOperation } from './types/confirmable-operation.type';
import { type ConfirmationTicket } from './types/confirmation-ticket.type';
import { generateConfirmationToken } from './utils/generate-confirmation-token.util';
import { hashConfirmableOperation } from './utils/hash-confirmable-operation.util';

// Two-phase destructive operations (docs/guardrails.md): `prepare` hands
// out a short-lived, single-use token bound to the principal, its workspace
// and the exact operation; `consume` lets the operation run once, only for
// that principal and exactly that operation. Tokens live in schema `mcp`,
// so any instance can confirm what another previewed.
@Injectable()
export class ConfirmationsService {
  private readonly ttlSeconds: number;

  constructor(
    private readonly store: McpConfirmationStore,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.ttlSeconds = config.confirmations.ttlSeconds;
  }

  async prepare(
    principal: Principal,
    operation: ConfirmableOperation,
  ): Promise<ConfirmationTicket> {
    const token = generateConfirmationToken();
    const expiresAt = await this.store.insert(
      this.claim(principal, token, operation),
      this.ttlSeconds,
    );

    return { token, expiresAt };
  }

  // Returns when the operation may run now; otherwise throws an error whose
  // message tells the model what to do instead. Nothing has changed then.
  async consume(
    principal: Principal,
    token: string,
    operation: ConfirmableOperation,
  ): Promise<void> {
    const outcome = CONFIRMATION_TOKEN_FORMAT.pattern.test(token)
      ? await this.store.consume(this.claim(principal, token, operation))
      : 'unknown';
    const again = `Nothing was changed. Call ${operation.tool} again without confirmationToken to get a new preview, and ask the user before confirming.`;

    switch (outcome) {
      case 'consumed':
        return;
      case 'unknown':
        throw invalidArgument(
          `This confirmationToken is not valid (it was never issued, or expired long ago). ${again}`,
        );
      case 'foreign':
        throw invalidArgument(
          `This confirmationToken was issued to another credential; a token only confirms the preview its own credential asked for. ${again}`,
        );
      case 'alreadyUsed':
        throw invalidArgument(
          `This confirmationToken was already used; each confirms one call. ${again}`,
        );
      case 'expired':
        throw invalidArgument(
          `This confirmationToken has expired (tokens last ${this.ttlSeconds} seconds). ${again}`,
        );
      case 'mismatch':
        throw invalidArgument(
          `This confirmationToken was issued for other arguments: confirm with exactly the arguments of the preview (the token stays valid for those). ${again}`,
        );
      default:
        return assertUnreachable(outcome);
    }
  }

  // Withdraws a token whose operation the user turned down, so it cannot
  // be confirmed later; a token that is not this principal's, or no longer
  // usable, is left as it is.
  async discard(
    principal: Principal,
    token: string,
    operation: ConfirmableOperation,
  ): Promise<void> {
    if (CONFIRMATION_TOKEN_FORMAT.pattern.test(token)) {
      await this.store.consume(this.claim(principal, token, operation));
    }
  }

  private claim(
    principal: Principal,
    token: string,
    operation: ConfirmableOperation,
  ): ConfirmationClaim {
    return {
      tokenHash: createHash('sha256').update(token, 'utf8').digest('hex'),
      workspaceId: principal.workspaceId,
      principalKind: principal.kind,
      credentialId: principal.credentialId,
      operationHash: hashConfirmableOperation(operation),
    };
  }
}
