import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type McpErasureFieldChoiceDTO } from '../dtos/mcp-erasure-field-choice.dto';

// What an admin sent as erasureContactFields, checked against the
// workspace's choices and without repeats (first occurrence kept); an entry
// that is not a choice is refused by name, saying what is accepted.
export const parseErasureContactFields = (
  entries: readonly string[],
  choices: readonly McpErasureFieldChoiceDTO[],
): string[] => {
  const keys = new Set(choices.map(({ key }) => key));
  const refused = entries.find((entry) => !keys.has(entry));

  if (refused !== undefined) {
    throw new TwentyMcpException(
      `erasureContactFields: "${refused}" is not accepted. Name Emails, Phones or Text fields of objects other than person, as "objectName.fieldName" (mcpSettings.erasureContactFieldChoices lists them).`,
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
    );
  }

  return [...new Set(entries)];
};
