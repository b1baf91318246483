import { MCP_OBJECT_EXPOSURE_FRAGMENT } from '../fragments/mcp-object-exposure-fragment';

export const RESET_OBJECT_EXPOSURE = `
  mutation ResetObjectExposure($objectId: ID!) {
    resetObjectExposure(objectId: $objectId) {
      ...McpObjectExposureFields
    }
  }
  ${MCP_OBJECT_EXPOSURE_FRAGMENT}
`;
