import { z } from 'zod';

import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { buildRecordUri } from '../../domain/records/utils/build-record-uri.util';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { SEARCH_RESULT_FENCE_RULE } from '../fence/constants/search-result-fence-rule.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';
import { uniqueArray } from '../utils/unique-array.util';

const buildSearchArgsSchema = (objectNames: [string, ...string[]]) =>
  z.strictObject({
    query: z.string().min(1).max(200),
    objects: uniqueArray(z.enum(objectNames))
      .describe('Restrict to these objects (default: all searchable).')
      .optional(),
    limit: z.int().min(1).max(QUERY_LIMITS.maxSearchResults).default(20),
  });

export type SearchRecordsArgs = z.output<
  ReturnType<typeof buildSearchArgsSchema>
>;

export const SEARCH_RECORDS_TOOL_NAME = 'search_records';

// Cross-object full-text search over Twenty's search vectors. Null when no
// readable object is searchable.
export const buildSearchRecordsTool = ({
  workspace,
  objects,
}: ToolBuildEnvironment): ToolDefinition<SearchRecordsArgs> | null => {
  const searchable = objects.filter((object) => object.isSearchable);

  if (searchable.length === 0) {
    return null;
  }

  const searchableNames = searchable.map((object) => object.nameSingular) as [
    string,
    ...string[],
  ];
  const argsSchema = buildSearchArgsSchema(searchableNames);

  return {
    name: SEARCH_RECORDS_TOOL_NAME,
    title: 'Search records',
    description: `Full-text search across ${searchable.map((object) => object.labelPlural.toLowerCase()).join(', ')}: finds records whose searchable fields (names, emails, phones, domains, titles…) contain every word of the query, as prefixes, accents ignored. Returns the best matches first with their object and id; read them with get_records.`,
    inputSchema: toInputJsonSchema(argsSchema),
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
    parseArgs: buildArgsParser(argsSchema),
    handler: async ({ query, objects: objectNames, limit }, context) => {
      const hits = await context.records.search(context.access, {
        query,
        objectNames: objectNames ?? searchableNames,
        limit,
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
        fence: SEARCH_RESULT_FENCE_RULE,
      };
    },
  };
};
