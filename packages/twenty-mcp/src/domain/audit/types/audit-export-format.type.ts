export type AuditExportFormat = 'jsonl' | 'csv';
