// `supportTickets` → `support_tickets`: tool names are snake case.
export const toToolNameStem = (namePlural: string): string =>
  namePlural.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
