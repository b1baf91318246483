import { UNTRUSTED_CONTENT_INSTRUCTION } from '../../tools/fence/constants/untrusted-content-instruction.const';
import { type McpRequestState } from '../types/mcp-request-state.type';

// How to work with this server, in a few lines: tool descriptions carry the
// details, so nothing here contradicts them.
export const buildServerInstructions = ({
  access,
  toolSet,
}: McpRequestState): string => {
  const { workspace } = access;
  const names = new Set(toolSet.byName.keys());

  if (names.size === 0) {
    return `You are connected to the Twenty CRM workspace "${workspace.workspaceName}", but your credential's role cannot read any object, so there are no tools.`;
  }

  return [
    `You are connected to the Twenty CRM workspace "${workspace.workspaceName}".`,
    names.has('list_objects')
      ? 'Start with list_objects; call describe_object before filtering, sorting or writing an object you have not used yet.'
      : 'Each object has its own tools; their input schemas list the fields, allowed values and filter operators.',
    'Prefer precise filters and small pages; follow pageInfo.endCursor with `after` for more.',
    'Currency amounts are in currency units, not micros. Rich text is markdown.',
    'Deleting moves records to the trash (restorable); destroying is permanent and needs an explicit request from the user.',
    UNTRUSTED_CONTENT_INSTRUCTION,
  ].join('\n');
};
