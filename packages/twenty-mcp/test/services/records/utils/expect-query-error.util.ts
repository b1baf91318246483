import { expect } from '@jest/globals';

import { TwentyMcpException } from '../../../../src/domain/exceptions/twenty-mcp.exception';
import { type TwentyMcpExceptionCode } from '../../../../src/domain/exceptions/twenty-mcp-exception-code.enum';

// Runs `action` and returns the TwentyMcpException it throws (sync or
// async), failing the test if it throws anything else or nothing.
export const catchQueryError = async (
  action: () => unknown,
): Promise<TwentyMcpException> => {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(TwentyMcpException);

    return error as TwentyMcpException;
  }

  throw new Error('Expected a TwentyMcpException, nothing was thrown');
};

export const expectQueryError = async (
  action: () => unknown,
  code: TwentyMcpExceptionCode,
  message?: string | RegExp,
): Promise<void> => {
  const error = await catchQueryError(action);

  expect(error.code).toBe(code);

  if (message !== undefined) {
    expect(error.message).toMatch(message);
  }
};
