// Dispatched on window after pushState, which fires no popstate.
export const NAVIGATION_EVENT = 'twenty-mcp:navigate';
