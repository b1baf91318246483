import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { buildRecordUri } from '../../resources/utils/build-record-uri.util';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';

export const SEARCH_RECORDS_TOOL_NAME = 'search_records';

// Cross-object full-text search over Twenty's search vectors. Null when no
// readable object is searchable.
export const buildSearchRecordsTool = ({
  workspace,
  objects,
}: ToolBuildEnvironment): ToolDefinition | null => {
  const searchable = objects.filter((object) => object.isSearchable);

  if (searchable.length === 0) {
    return null;
  }

  return {
    name: SEARCH_RECORDS_TOOL_NAME,
    title: 'Search records',
    description: `Full-text search across ${searchable.map((object) => object.labelPlural.toLowerCase()).join(', ')}: finds records whose searchable fields (names, emails, phones, domains, titles…) contain every word of the query, as prefixes, accents ignored. Returns the best matches first with their object and id; read them with get_records.`,
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', minLength: 1, maxLength: 200 },
        objects: {
          type: 'array',
          items: {
            type: 'string',
            enum: searchable.map((object) => object.nameSingular),
          },
          uniqueItems: true,
          description: 'Restrict to these objects (default: all searchable).',
        },
        limit: {
          type: 'integer',
          minimum: 1,
          maximum: QUERY_LIMITS.maxSearchResults,
          default: 20,
        },
      },
      required: ['query'],
      additionalProperties: false,
    },
    outputSchema: {
      type: 'object',
      properties: {
        hits: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              object: { type: 'string' },
              id: { type: 'string' },
              label: { type: ['string', 'null'] },
              rank: { type: 'number' },
            },
            required: ['object', 'id', 'label', 'rank'],
          },
        },
      },
      required: ['hits'],
    },
    annotations: { title: 'Search records', ...TOOL_HINTS.read },
    handler: async (args, context) => {
      const hits = await context.records.search(context.access, {
        query: args.query as string,
        objectNames:
          (args.objects as string[] | undefined) ??
          searchable.map((object) => object.nameSingular),
        limit: args.limit as number | undefined,
      });

      return {
        structuredContent: {
          hits: hits.map(({ objectName, id, label, rank }) => ({
            object: objectName,
            id,
            label,
            rank,
          })),
        },
        links: hits.slice(0, 20).map((hit) => ({
          uri: buildRecordUri({
            workspaceId: workspace.workspaceId,
            objectName: hit.objectName,
            recordId: hit.id,
          }),
          name: `${hit.objectName}/${hit.id}`,
          title: hit.label ?? undefined,
        })),
      };
    },
  };
};
