import { type InputRequiredResult } from '@modelcontextprotocol/server';

// A handler's request for input from the client instead of a result: the
// protocol layer answers it as it is.
export type ToolInputRequired = { inputRequired: InputRequiredResult };
