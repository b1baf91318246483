// The Activity page's filters as the form holds them: '' means "any".
export type AuditFilters = {
  since: string; // a date input's value, local time
  until: string;
  action: string;
  principalId: string;
  outcome: string;
  bucket: 'hour' | 'day';
};
