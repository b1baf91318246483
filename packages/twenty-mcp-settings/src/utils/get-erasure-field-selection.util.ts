import { type McpSettings } from '../types/mcp-settings.type';

// The fields erasing a person clears contact details in, as checkboxes
// show them: the stored list, or the default ones while none is stored.
export const getErasureFieldSelection = ({
  erasureContactFields,
  erasureContactFieldChoices,
}: Pick<
  McpSettings,
  'erasureContactFields' | 'erasureContactFieldChoices'
>): string[] =>
  erasureContactFields ??
  erasureContactFieldChoices
    .filter(({ isDefault }) => isDefault)
    .map(({ key }) => key);
