// Compares names and labels loosely: "IN_PROGRESS" = "In progress".
export const normalizeName = (value: string): string =>
  value.toLowerCase().replace(/[^a-z0-9]/g, '');
