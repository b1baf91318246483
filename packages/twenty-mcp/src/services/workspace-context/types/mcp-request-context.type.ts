import { type Principal } from '../../../domain/principal/types/principal.type';
import { type RecordsAccess } from '../../../domain/records/types/records-access.type';
import { type ConfirmationsService } from '../../confirmations/confirmations.service';
import { type RecordsService } from '../../records/records.service';

// What one authenticated MCP request acts with: who calls, the caller as
// the records service sees it (model, permissions, actor), the service, and
// the confirmations of two-phase destructive operations.
export type McpRequestContext = {
  principal: Principal;
  access: RecordsAccess;
  records: RecordsService;
  confirmations: ConfirmationsService;
};
