export type SeedMember = { id: string; name: string };

export type GeneratorCounts = {
  companies: number;
  people: number;
  opportunities: number;
  notes: number;
  tasks: number;
};

// Everything a generator needs to produce row `i` of an object: the same
// seed, counts and reference date always give the same rows.
export type GeneratorContext = {
  workspaceId: string;
  seed: number;
  referenceDate: Date;
  counts: GeneratorCounts;
  members: SeedMember[];
  recordId: (objectName: string, index: number) => string;
};
