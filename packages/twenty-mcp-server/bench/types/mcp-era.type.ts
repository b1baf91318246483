// legacy: 2025-11-25 (initialize, then requests naming the version);
// modern: 2026-07-28 (stateless, every request carries its envelope).
export type McpEra = 'legacy' | 'modern';
