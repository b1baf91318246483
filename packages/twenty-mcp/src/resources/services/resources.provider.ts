import { Injectable } from '@nestjs/common';
import {
  ResourceNotFoundError,
  type Server,
} from '@modelcontextprotocol/server';

import { type McpRequestContext } from '../../services/workspace-context/types/mcp-request-context.type';
import { buildObjectDescription } from '../../tools/utils/build-object-description.util';
import { selectToolObjects } from '../../domain/permissions/utils/select-tool-objects.util';
import { buildObjectUri } from '../../domain/records/utils/build-object-uri.util';
import { parseTwentyUri } from '../../domain/records/utils/parse-twenty-uri.util';
import { buildRecordFenceRule } from '../../tools/fence/utils/build-record-fence-rule.util';
import { createFenceNonce } from '../../tools/fence/utils/create-fence-nonce.util';
import { renderFencedJson } from '../../tools/fence/utils/render-fenced-json.util';

const MAX_COMPLETIONS = 20;

// Object schemas as resources, records through a URI template. A URI for
// another workspace, a hidden object or a missing record are all "not found".
@Injectable()
export class ResourcesProvider {
  register(server: Server, state: McpRequestContext): void {
    const context = state.access;
    const workspaceId = context.workspace.workspaceId;
    const objects = selectToolObjects(context.workspace, context.permissions);
    const findObject = (name: string) =>
      objects.find((object) => object.nameSingular === name);

    server.setRequestHandler('resources/list', () => ({
      resources: objects.map((object) => ({
        uri: buildObjectUri({ workspaceId, objectName: object.nameSingular }),
        name: object.nameSingular,
        title: `${object.labelSingular} (object schema)`,
        description: `Fields, allowed values and filter operators of ${object.labelPlural.toLowerCase()}.`,
        mimeType: 'application/json',
      })),
    }));

    server.setRequestHandler('resources/templates/list', () => ({
      resourceTemplates: [
        {
          uriTemplate: `twenty://workspace/${workspaceId}/records/{object}/{id}`,
          name: 'record',
          title: 'A record',
          description: 'One record by object name and id, as JSON.',
          mimeType: 'application/json',
        },
      ],
    }));

    server.setRequestHandler('resources/read', async (request) => {
      const { uri } = request.params;
      const parsed = parseTwentyUri(uri);
      const object =
        parsed?.workspaceId === workspaceId
          ? findObject(parsed.objectName)
          : undefined;

      if (!parsed || !object) {
        throw new ResourceNotFoundError(uri);
      }

      const access = context.permissions.objects.get(object.nameSingular)!;

      if (parsed.kind === 'object') {
        return {
          contents: [
            {
              uri,
              mimeType: 'application/json',
              text: JSON.stringify(buildObjectDescription(object, access)),
            },
          ],
        };
      }

      const [record] = await state.records.getByIds(state.access, {
        objectName: object.nameSingular,
        ids: [parsed.recordId],
      });

      if (!record) {
        throw new ResourceNotFoundError(uri);
      }

      // Read into a model's context like a tool result: its text fenced
      // (docs/guardrails.md, "Untrusted content"). Still JSON.
      const { text } = renderFencedJson(
        record,
        buildRecordFenceRule(object, context.workspace, false),
        createFenceNonce(),
      );

      return { contents: [{ uri, mimeType: 'application/json', text }] };
    });
  }

  // Completions for the record template: object names, then record ids by
  // the name typed so far.
  async complete(
    state: McpRequestContext,
    argument: { name: string; value: string },
    contextArguments: Record<string, string>,
  ): Promise<string[]> {
    const objects = selectToolObjects(
      state.access.workspace,
      state.access.permissions,
    );

    if (argument.name === 'object') {
      return objects
        .map((object) => object.nameSingular)
        .filter((name) =>
          name.toLowerCase().startsWith(argument.value.toLowerCase()),
        )
        .slice(0, MAX_COMPLETIONS);
    }

    const object = objects.find(
      (candidate) => candidate.nameSingular === contextArguments.object,
    );

    if (
      argument.name !== 'id' ||
      !object?.isSearchable ||
      !argument.value.trim()
    ) {
      return [];
    }

    const hits = await state.records.search(state.access, {
      query: argument.value,
      objectNames: [object.nameSingular],
      limit: MAX_COMPLETIONS,
    });

    return hits.map((hit) => hit.id);
  }
}
