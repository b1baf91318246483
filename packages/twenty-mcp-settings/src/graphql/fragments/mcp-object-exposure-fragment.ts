export const MCP_OBJECT_EXPOSURE_FRAGMENT = `
  fragment McpObjectExposureFields on McpObjectExposure {
    objectId
    nameSingular
    labelSingular
    labelPlural
    isCustom
    isCustomized
    isExposedByDefault
    canRead
    canCreate
    canUpdate
    canDelete
    fields {
      fieldId
      name
      label
      type
      isHidden
    }
  }
`;
