import { MCP_OBJECT_EXPOSURE_FRAGMENT } from '../fragments/mcp-object-exposure-fragment';

export const UPDATE_OBJECT_EXPOSURE = `
  mutation UpdateObjectExposure($input: UpdateObjectExposureInput!) {
    updateObjectExposure(input: $input) {
      ...McpObjectExposureFields
    }
  }
  ${MCP_OBJECT_EXPOSURE_FRAGMENT}
`;
