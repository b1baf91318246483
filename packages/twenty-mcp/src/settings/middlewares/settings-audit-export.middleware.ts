import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { once } from 'node:events';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { type AuditExportFormat } from '../../domain/audit/types/audit-export-format.type';
import {
  formatAuditExportHeader,
  formatAuditExportRow,
} from '../../domain/audit/utils/format-audit-export.util';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { McpAuditLog } from '../../storage/services/mcp-audit-log.service';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';
import { type SettingsRequest } from '../types/settings-request.type';

const logger = new Logger('TwentyMcp');

const CONTENT_TYPES: Record<AuditExportFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

const STATUS: Partial<Record<TwentyMcpExceptionCode, number>> = {
  [TwentyMcpExceptionCode.UNAUTHENTICATED]: 401,
  [TwentyMcpExceptionCode.FORBIDDEN]: 403,
  [TwentyMcpExceptionCode.RATE_LIMITED]: 429,
};

type ExportRequest = IncomingMessage &
  SettingsRequest & { originalUrl?: string };

// GET <settings>/audit/export?format=jsonl|csv&since=…&until=…: the
// signed-in admin's workspace's audit trail, streamed in chain order
// (docs/audit-trail.md). Authenticated like the settings API.
@Injectable()
export class SettingsAuditExportMiddleware implements NestMiddleware {
  constructor(
    private readonly guard: SettingsAuthGuard,
    private readonly auditLog: McpAuditLog,
  ) {}

  async use(request: ExportRequest, response: ServerResponse): Promise<void> {
    const url = new URL(
      request.originalUrl ?? request.url ?? '/',
      'http://localhost',
    );
    const format = url.searchParams.get('format') ?? 'jsonl';
    const dates = (['since', 'until'] as const).map((key) => {
      const value = url.searchParams.get(key);

      return value === null ? undefined : new Date(value);
    });

    if (format !== 'jsonl' && format !== 'csv') {
      return reply(response, 400, 'format is jsonl or csv.');
    }

    if (dates.some((date) => date && Number.isNaN(date.getTime()))) {
      return reply(response, 400, 'since and until are ISO 8601 dates.');
    }

    try {
      await this.guard.authenticate(request);
    } catch (error) {
      const status = isTwentyMcpException(error)
        ? STATUS[error.code as TwentyMcpExceptionCode]
        : undefined;

      return status
        ? reply(response, status, (error as Error).message)
        : this.failed(response, error);
    }

    const { workspaceId } = request.settingsCredential!;

    response.statusCode = 200;
    response.setHeader('content-type', CONTENT_TYPES[format]);
    response.setHeader('cache-control', 'no-store');
    response.setHeader(
      'content-disposition',
      `attachment; filename="mcp-audit-${workspaceId}.${format}"`,
    );

    try {
      response.write(formatAuditExportHeader(format));

      for await (const row of this.auditLog.readEvents(workspaceId, {
        since: dates[0],
        until: dates[1],
      })) {
        if (response.destroyed) {
          return;
        }

        if (!response.write(formatAuditExportRow(row, format))) {
          await once(response, 'drain');
        }
      }

      response.end();
    } catch (error) {
      // Headers are gone: the client sees a cut-off stream.
      logger.error({ msg: 'audit export failed', cause: describeError(error) });
      response.destroy();
    }
  }

  private failed(response: ServerResponse, error: unknown): void {
    logger.error({ msg: 'audit export failed', cause: describeError(error) });
    reply(response, 500, 'Internal error.');
  }
}

const reply = (response: ServerResponse, status: number, message: string) => {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ error: message }));
};
