import { STANDARD_APPLICATION } from '@twenty-mcp/twenty-layout';

import { deterministicUuid } from './deterministic-uuid.util';

// Twenty derives some standard universal identifiers instead of listing them:
// system fields from `fieldMetadata:<object>:<field>`, both sides of links to
// attachments, note/task targets and timeline activities from
// `fieldMetadata:<host>:systemRelation:<other>`.
export const computeStandardUniversalIdentifier = (...parts: string[]) =>
  deterministicUuid(
    STANDARD_APPLICATION.universalIdentifier,
    'fieldMetadata',
    ...parts,
  );
