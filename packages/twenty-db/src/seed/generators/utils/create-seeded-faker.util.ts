import { base, en, Faker } from '@faker-js/faker';

// One faker per (seed, stream): adding a new stream of data never shifts the
// values of the others.
export const createSeededFaker = (seed: number, stream: string): Faker => {
  const faker = new Faker({ locale: [en, base] });
  let hash = seed;

  for (const char of stream) {
    hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  }

  faker.seed(hash >>> 0);

  return faker;
};
