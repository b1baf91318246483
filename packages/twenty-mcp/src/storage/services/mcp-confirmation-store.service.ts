import { Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { type ConfirmationClaim } from '../types/confirmation-claim.type';
import { type ConfirmationConsumeOutcome } from '../types/confirmation-consume-outcome.type';
import { McpStorage } from './mcp-storage.service';

// Expired rows are kept this long, so a late confirmation is told "expired"
// rather than "unknown", then removed.
const EXPIRED_ROW_RETENTION_SECONDS = 3600;

// Pending confirmations in mcp."confirmation", shared by every instance.
// Time is PostgreSQL's now(), so instances with skewed clocks agree.
@Injectable()
export class McpConfirmationStore {
  private readonly dataSource: DataSource;

  constructor(storage: McpStorage) {
    this.dataSource = storage.dataSource;
  }

  // Records a new token and removes long-expired ones; returns its expiry.
  async insert(claim: ConfirmationClaim, ttlSeconds: number): Promise<Date> {
    await this.dataSource.query(
      `DELETE FROM "mcp"."confirmation"
        WHERE "expiresAt" < now() - make_interval(secs => $1)`,
      [EXPIRED_ROW_RETENTION_SECONDS],
    );

    const [row] = (await this.dataSource.query(
      `INSERT INTO "mcp"."confirmation"
         ("tokenHash", "workspaceId", "principalKind", "credentialId", "operationHash", "expiresAt")
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
       RETURNING "expiresAt"`,
      [
        claim.tokenHash,
        claim.workspaceId,
        claim.principalKind,
        claim.credentialId,
        claim.operationHash,
        ttlSeconds,
      ],
    )) as { expiresAt: Date }[];

    return row.expiresAt;
  }

  // Marks the token used when everything matches, in one statement: of two
  // concurrent calls with the same token, exactly one gets `consumed` (the
  // row lock makes the second re-check "consumedAt" IS NULL and fail).
  async consume(claim: ConfirmationClaim): Promise<ConfirmationConsumeOutcome> {
    const consumed = (await this.dataSource.query(
      `UPDATE "mcp"."confirmation" SET "consumedAt" = now()
        WHERE "tokenHash" = $1
          AND "workspaceId" = $2
          AND "principalKind" = $3
          AND "credentialId" = $4
          AND "operationHash" = $5
          AND "consumedAt" IS NULL
          AND "expiresAt" > now()
        RETURNING "tokenHash"`,
      [
        claim.tokenHash,
        claim.workspaceId,
        claim.principalKind,
        claim.credentialId,
        claim.operationHash,
      ],
    )) as [unknown[], number];

    if (consumed[0].length === 1) {
      return 'consumed';
    }

    return this.explainRefusal(claim);
  }

  // Why a token was not consumed. Read after the refusal, so it only words
  // the message; the decision was the UPDATE's.
  private async explainRefusal(
    claim: ConfirmationClaim,
  ): Promise<Exclude<ConfirmationConsumeOutcome, 'consumed'>> {
    const [row] = (await this.dataSource.query(
      `SELECT "workspaceId", "principalKind", "credentialId", "operationHash",
              "consumedAt" IS NOT NULL AS "isConsumed",
              "expiresAt" <= now() AS "isExpired"
         FROM "mcp"."confirmation" WHERE "tokenHash" = $1`,
      [claim.tokenHash],
    )) as {
      workspaceId: string;
      principalKind: string;
      credentialId: string;
      operationHash: string;
      isConsumed: boolean;
      isExpired: boolean;
    }[];

    if (!row) {
      return 'unknown';
    }

    // Nothing else about another principal's token is revealed.
    if (
      row.workspaceId !== claim.workspaceId ||
      row.principalKind !== claim.principalKind ||
      row.credentialId !== claim.credentialId
    ) {
      return 'foreign';
    }

    if (row.isConsumed) {
      return 'alreadyUsed';
    }

    if (row.isExpired) {
      return 'expired';
    }

    return row.operationHash === claim.operationHash ? 'unknown' : 'mismatch';
  }
}
