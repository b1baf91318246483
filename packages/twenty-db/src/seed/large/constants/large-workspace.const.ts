// Proportions follow the demo workspace: six people per company, 0.4
// opportunities and 0.5 notes per person.
export const LARGE_WORKSPACE = {
  id: '5e4a1c2b-8d7f-4a36-9b0e-1f2c3d4e5f60',
  displayName: 'Large Workspace',
  subdomain: 'large',
  peoplePerCompany: 6,
  opportunitiesPerPerson: 0.4,
  notesPerPerson: 0.5,
  members: 20,
  batchSize: 5_000,
} as const;
