import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';

// Runs the handling of one record of a batch; its failure names the
// record's place in the call.
export const atBatchIndex = async <T>(
  index: number,
  run: () => Promise<T>,
): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TwentyMcpException) {
      throw new TwentyMcpException(
        `records[${index}]: ${error.message}`,
        error.code,
        { details: error.details },
      );
    }

    throw error;
  }
};
