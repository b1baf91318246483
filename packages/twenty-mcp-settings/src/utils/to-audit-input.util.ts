import { type AuditFilters } from '../types/audit-filters.type';
import { getEndOfDayIso } from './get-end-of-day-iso.util';

export type AuditInput = {
  since?: string;
  until?: string;
  action?: string;
  principalId?: string;
  outcome?: string;
};

// The filters as McpAuditEventsInput: dates are whole local days (since
// from its start, until through its end); "any" is left out.
export const toAuditInput = (filters: AuditFilters): AuditInput => ({
  ...(filters.since
    ? { since: new Date(`${filters.since}T00:00:00`).toISOString() }
    : {}),
  ...(filters.until ? { until: getEndOfDayIso(filters.until) } : {}),
  ...(filters.action ? { action: filters.action } : {}),
  ...(filters.principalId ? { principalId: filters.principalId } : {}),
  ...(filters.outcome ? { outcome: filters.outcome } : {}),
});
