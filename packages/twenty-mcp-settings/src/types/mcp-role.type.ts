export type McpRole = { id: string; label: string; description: string | null };
