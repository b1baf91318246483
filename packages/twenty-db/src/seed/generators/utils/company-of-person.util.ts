import { type GeneratorCounts } from '../types/generator-context.type';

// People are spread evenly over companies, in blocks, so "the people of
// company c" is a range that needs no lookup table at a million rows.
// Every tenth person has no company.
export const companyIndexOfPerson = (
  personIndex: number,
  counts: GeneratorCounts,
): number | null =>
  personIndex % 10 === 9
    ? null
    : Math.floor((personIndex * counts.companies) / counts.people);

export const firstPersonIndexOfCompany = (
  companyIndex: number,
  counts: GeneratorCounts,
): number => Math.ceil((companyIndex * counts.people) / counts.companies);
