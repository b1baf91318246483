import { Inject, Injectable } from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { METADATA_PORT, type MetadataPort } from '../../ports/metadata.port';
import {
  RECORDS_BACKEND_PORT,
  type RecordsBackendPort,
} from '../../ports/records-backend.port';
import {
  SETTINGS_AUTH_PORT,
  type SettingsAuthPort,
} from '../../ports/settings-auth.port';
import { MCP_SCOPES } from '../../domain/principal/types/mcp-scope.type';
import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { type WorkspaceRole } from '../../domain/principal/types/workspace-role.type';
import { WorkspaceChangesService } from '../../services/workspace-changes/workspace-changes.service';
import { WorkspaceContextService } from '../../services/workspace-context/workspace-context.service';
import { McpTokenService } from '../../storage/services/mcp-token.service';
import { McpWorkspaceSettingsService } from '../../storage/services/mcp-workspace-settings.service';
import { countTokens } from '../../tools/schema/utils/count-tokens.util';
import { ToolSetService } from '../../tools/services/tool-set.service';
import { type IssueMcpTokenInput } from '../dtos/issue-mcp-token.input';
import { type IssuedMcpTokenDTO } from '../dtos/issued-mcp-token.dto';
import { type McpObjectExposureDTO } from '../dtos/mcp-object-exposure.dto';
import { type McpRoleDTO } from '../dtos/mcp-role.dto';
import { type McpSettingsDTO } from '../dtos/mcp-settings.dto';
import { type McpTokenDTO } from '../dtos/mcp-token.dto';
import { type McpToolPreviewDTO } from '../dtos/mcp-tool-preview.dto';
import { type McpToolPreviewInput } from '../dtos/mcp-tool-preview.input';
import { type UpdateMcpSettingsInput } from '../dtos/update-mcp-settings.input';
import { type UpdateObjectExposureInput } from '../dtos/update-object-exposure.input';
import { CLIENT_CONFIG_TOKEN_PLACEHOLDER } from '../constants/client-config-token-placeholder.const';
import { McpToolModeEnum } from '../enums/mcp-tool-mode.enum';
import { buildClientConfigs } from '../utils/build-client-configs.util';
import { listErasureFieldChoices } from '../utils/list-erasure-field-choices.util';
import { listExposableObjects } from '../utils/list-exposable-objects.util';
import { parseErasureContactFields } from '../utils/parse-erasure-contact-fields.util';
import { toMcpTokenDto } from '../utils/to-mcp-token-dto.util';
import { toObjectExposureDto } from '../utils/to-object-exposure-dto.util';
import { toTwentyEventsDelivery } from '../utils/to-twenty-events-delivery.util';
import { McpTokenRightsService } from './mcp-token-rights.service';

// What the settings API does, always within the caller's workspace and
// validated against that workspace's roles and model.
@Injectable()
export class McpSettingsService {
  constructor(
    @Inject(TWENTY_MCP_CONFIG) private readonly config: TwentyMcpConfig,
    private readonly settings: McpWorkspaceSettingsService,
    private readonly tokens: McpTokenService,
    @Inject(METADATA_PORT) private readonly metadata: MetadataPort,
    @Inject(SETTINGS_AUTH_PORT) private readonly auth: SettingsAuthPort,
    @Inject(RECORDS_BACKEND_PORT) private readonly records: RecordsBackendPort,
    private readonly contexts: WorkspaceContextService,
    private readonly toolSets: ToolSetService,
    private readonly changes: WorkspaceChangesService,
    private readonly rights: McpTokenRightsService,
  ) {}

  async getSettings(workspaceId: string): Promise<McpSettingsDTO> {
    const [settings, callLimits, erasureContactFields, schema] =
      await Promise.all([
        this.settings.getSettings(workspaceId),
        this.settings.getCallLimits(workspaceId),
        this.settings.getErasureContactFields(workspaceId),
        this.metadata.getWorkspaceSchema(workspaceId),
      ]);
    const defaultCallLimits = {
      readCallsPerTokenPerHour: this.config.limits.readCallsPerTokenPerHour,
      writeCallsPerTokenPerHour: this.config.limits.writeCallsPerTokenPerHour,
      callsPerWorkspacePerHour: this.config.limits.callsPerWorkspacePerHour,
    };

    return {
      instanceEnabled: this.config.enabled,
      isEnabled: settings.isEnabled,
      exposeNewObjects: settings.exposeNewObjects,
      auditRecordArguments: settings.auditRecordArguments,
      auditRetentionDays: settings.auditRetentionDays,
      callLimits: { ...defaultCallLimits, ...callLimits },
      defaultCallLimits,
      erasureContactFields,
      erasureContactFieldChoices: listErasureFieldChoices(schema),
      endpointUrl: this.config.endpoint.resourceUrl,
      toolMode:
        this.toolSets.defaultMode === 'per-object'
          ? McpToolModeEnum.PER_OBJECT
          : McpToolModeEnum.COMPACT,
      twentyEventsDelivery: toTwentyEventsDelivery(
        this.records.recordEventsStatus?.().delivery ?? 'native',
      ),
      clientConfigs: buildClientConfigs({
        url: this.config.endpoint.resourceUrl,
        token: CLIENT_CONFIG_TOKEN_PLACEHOLDER,
      }),
    };
  }

  async updateSettings(
    workspaceId: string,
    input: UpdateMcpSettingsInput,
  ): Promise<McpSettingsDTO> {
    const erasureContactFields = input.erasureContactFields
      ? parseErasureContactFields(
          input.erasureContactFields,
          listErasureFieldChoices(
            await this.metadata.getWorkspaceSchema(workspaceId),
          ),
        )
      : input.erasureContactFields;
    const changes = {
      ...(input.isEnabled === undefined || input.isEnabled === null
        ? {}
        : { isEnabled: input.isEnabled }),
      ...(input.exposeNewObjects === undefined ||
      input.exposeNewObjects === null
        ? {}
        : { exposeNewObjects: input.exposeNewObjects }),
      ...(input.auditRecordArguments === undefined ||
      input.auditRecordArguments === null
        ? {}
        : { auditRecordArguments: input.auditRecordArguments }),
      ...(input.auditRetentionDays === undefined ||
      input.auditRetentionDays === null
        ? {}
        : { auditRetentionDays: input.auditRetentionDays }),
      // null is meaningful here: back to the instance's default.
      ...(input.readCallsPerTokenPerHour === undefined
        ? {}
        : { readCallsPerTokenPerHour: input.readCallsPerTokenPerHour }),
      ...(input.writeCallsPerTokenPerHour === undefined
        ? {}
        : { writeCallsPerTokenPerHour: input.writeCallsPerTokenPerHour }),
      ...(input.callsPerWorkspacePerHour === undefined
        ? {}
        : { callsPerWorkspacePerHour: input.callsPerWorkspacePerHour }),
      // null: back to the default, every Emails and Phones field.
      ...(erasureContactFields === undefined ? {} : { erasureContactFields }),
    };

    if (Object.keys(changes).length > 0) {
      await this.settings.update(workspaceId, changes);
      await this.changes.notifyChanged(workspaceId);
    }

    return this.getSettings(workspaceId);
  }

  async listRoles(workspaceId: string): Promise<McpRoleDTO[]> {
    return (await this.auth.listRoles(workspaceId))
      .filter((role) => role.canBeAssignedToApiKeys)
      .map(({ id, label, description }) => ({ id, label, description }));
  }

  async listTokens(workspaceId: string): Promise<McpTokenDTO[]> {
    const [tokens, roles] = await Promise.all([
      this.tokens.list(workspaceId),
      this.rolesById(workspaceId),
    ]);
    const now = new Date();

    return tokens.map((token) => toMcpTokenDto(token, roles, now));
  }

  async issueToken(
    credential: SettingsCredential,
    input: IssueMcpTokenInput,
  ): Promise<IssuedMcpTokenDTO> {
    const { workspaceId } = credential;
    const roles = await this.rolesById(workspaceId);

    this.assertAssignableRole(roles, input.roleId);
    await this.assertObjects(workspaceId, input.objectIds ?? []);

    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new TwentyMcpException(
        'expiresAt must be in the future',
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }

    const scopes = MCP_SCOPES.filter((scope) =>
      (input.scopes as string[]).includes(scope),
    );
    const objectMetadataIds = input.objectIds?.length ? input.objectIds : null;

    await this.rights.assertWithinIssuerRights(credential, {
      roleId: input.roleId,
      scopes,
      objectAllowList: objectMetadataIds,
    });

    const { token, record } = await this.tokens.issue({
      workspaceId,
      name: input.name.trim(),
      roleId: input.roleId,
      scopes,
      objectMetadataIds,
      expiresAt: input.expiresAt ?? null,
      createdByUserWorkspaceId:
        credential.kind === 'user' ? credential.credentialId : null,
    });

    return { token, record: toMcpTokenDto(record, roles, new Date()) };
  }

  async revokeToken(workspaceId: string, id: string): Promise<McpTokenDTO> {
    const revoked = await this.tokens.revoke(workspaceId, id);

    if (!revoked) {
      throw new TwentyMcpException(
        `No MCP token ${id} in this workspace.`,
        TwentyMcpExceptionCode.NOT_FOUND,
      );
    }

    return toMcpTokenDto(
      revoked,
      await this.rolesById(workspaceId),
      new Date(),
    );
  }

  async listObjects(workspaceId: string): Promise<McpObjectExposureDTO[]> {
    const [schema, exposure] = await Promise.all([
      this.metadata.getWorkspaceSchema(workspaceId),
      this.settings.getExposure(workspaceId),
    ]);

    return listExposableObjects(schema).map((object) =>
      toObjectExposureDto(object, exposure),
    );
  }

  async updateObjectExposure(
    workspaceId: string,
    input: UpdateObjectExposureInput,
  ): Promise<McpObjectExposureDTO> {
    const object = await this.findObject(workspaceId, input.objectId);

    if (
      !input.canRead &&
      (input.canCreate || input.canUpdate || input.canDelete)
    ) {
      throw new TwentyMcpException(
        `${object.labelPlural}: creating, updating or deleting needs reading too; turn read on or turn the others off.`,
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }

    const fieldIds = new Set(object.fields.map((field) => field.id));
    const unknownField = input.hiddenFieldIds.find((id) => !fieldIds.has(id));

    if (unknownField) {
      throw new TwentyMcpException(
        `hiddenFieldIds: ${unknownField} is not a field of ${object.labelPlural}.`,
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }

    await this.settings.setObjectExposures(
      workspaceId,
      new Map([
        [
          object.id,
          {
            canRead: input.canRead,
            canCreate: input.canCreate,
            canUpdate: input.canUpdate,
            canDelete: input.canDelete,
            hiddenFieldMetadataIds: input.hiddenFieldIds,
          },
        ],
      ]),
    );
    await this.changes.notifyChanged(workspaceId);

    return this.describeObject(workspaceId, object.id);
  }

  async resetObjectExposure(
    workspaceId: string,
    objectId: string,
  ): Promise<McpObjectExposureDTO> {
    const object = await this.findObject(workspaceId, objectId);

    await this.settings.resetObjectExposures(workspaceId, [object.id]);
    await this.changes.notifyChanged(workspaceId);

    return this.describeObject(workspaceId, object.id);
  }

  async previewTools(
    workspaceId: string,
    input: McpToolPreviewInput,
  ): Promise<McpToolPreviewDTO> {
    const roles = await this.rolesById(workspaceId);

    this.assertAssignableRole(roles, input.roleId);
    await this.assertObjects(workspaceId, input.objectIds ?? []);

    const context = await this.contexts.preview({
      workspaceId,
      kind: 'mcpToken',
      credentialId: 'preview',
      name: 'preview',
      roleId: input.roleId,
      workspaceMemberId: null,
      scopes: MCP_SCOPES.filter((scope) =>
        (input.scopes as string[]).includes(scope),
      ),
      objectAllowList: input.objectIds?.length ? input.objectIds : null,
    });
    const { listResult } = this.toolSets.getToolSet(
      context,
      input.mode ?? this.toolSets.defaultMode,
    );

    return {
      tools: listResult.tools.map((tool) => ({
        name: tool.name,
        title: tool.title ?? null,
        description: tool.description ?? '',
      })),
      tokenCount: countTokens(listResult),
      toolsListJson: JSON.stringify(listResult, null, 2),
    };
  }

  private async describeObject(
    workspaceId: string,
    objectId: string,
  ): Promise<McpObjectExposureDTO> {
    const objects = await this.listObjects(workspaceId);

    return objects.find((object) => object.objectId === objectId)!;
  }

  private async findObject(workspaceId: string, objectId: string) {
    const schema = await this.metadata.getWorkspaceSchema(workspaceId);
    const object = listExposableObjects(schema).find(
      ({ id }) => id === objectId,
    );

    if (!object) {
      throw new TwentyMcpException(
        `objectId: ${objectId} is not an object of this workspace that can be exposed.`,
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }

    return object;
  }

  private async assertObjects(workspaceId: string, objectIds: string[]) {
    if (objectIds.length === 0) {
      return;
    }

    const schema = await this.metadata.getWorkspaceSchema(workspaceId);
    const known = new Set(listExposableObjects(schema).map(({ id }) => id));
    const unknown = objectIds.find((id) => !known.has(id));

    if (unknown) {
      throw new TwentyMcpException(
        `objectIds: ${unknown} is not an object of this workspace.`,
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }
  }

  private assertAssignableRole(
    roles: ReadonlyMap<string, WorkspaceRole>,
    roleId: string,
  ) {
    if (!roles.get(roleId)?.canBeAssignedToApiKeys) {
      throw new TwentyMcpException(
        'roleId: choose a role of this workspace that can be assigned to API keys.',
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }
  }

  private async rolesById(workspaceId: string) {
    return new Map(
      (await this.auth.listRoles(workspaceId)).map((role) => [role.id, role]),
    );
  }
}
