import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type BatchWriteOptions } from '../../../domain/records/types/records-requests.type';

// Between chunks of a batch, inside its transaction: an aborted call
// throws (and rolls back), else progress is reported.
export const afterWriteChunk = async (
  { onProgress, signal }: BatchWriteOptions,
  written: number,
  total: number,
): Promise<void> => {
  if (signal?.aborted) {
    throw new TwentyMcpException(
      'The request was cancelled; nothing was written.',
      TwentyMcpExceptionCode.CANCELLED,
    );
  }

  await onProgress?.(written, total);
};
