// A server child's memory after a forced GC, in bytes.
export type MemorySample = { heapUsed: number; rss: number };
