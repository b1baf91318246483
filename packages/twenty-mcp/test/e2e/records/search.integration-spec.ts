import { type Client } from '@modelcontextprotocol/client';

import { callTool } from '../utils/tool-calls';
import {
  type IdsResult,
  type SearchResult,
  sorted,
  useRecordsApp,
} from './utils/use-records-app';

// Full-text search, across objects and inside find_records.
describe('record query features', () => {
  const recordsApp = useRecordsApp();
  const { table, sql, sqlIds, findAllPages, findAllIds, createPeople } =
    recordsApp;
  let admin: Client;

  beforeAll(() => {
    ({ admin } = recordsApp);
  });

  describe('full-text search', () => {
    it('search_records finds people by name, companies by domain and by name, across objects', async () => {
      const [person] = await sql<{
        id: string;
        nameFirstName: string;
        nameLastName: string;
      }>(
        `SELECT "id", "nameFirstName", "nameLastName" FROM ${table('person')} WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
      );
      const [company] = await sql<{
        id: string;
        name: string;
        domain: string;
      }>(
        `SELECT "id", "name", "domainNamePrimaryLinkUrl" AS "domain" FROM ${table('company')} WHERE "deletedAt" IS NULL AND "domainNamePrimaryLinkUrl" IS NOT NULL ORDER BY "id" LIMIT 1`,
      );
      const search = (query: string, objects?: string[]) =>
        callTool<SearchResult>(admin, 'search_records', {
          query,
          ...(objects ? { objects } : {}),
          limit: 50,
        });
      const hitOf = (result: SearchResult, object: string, id: string) =>
        result.hits.find((hit) => hit.object === object && hit.id === id);

      const byName = await search(
        `${person.nameFirstName} ${person.nameLastName}`,
      );

      expect(hitOf(byName, 'person', person.id)).toMatchObject({
        label: `${person.nameFirstName} ${person.nameLastName}`,
      });

      const domain = new URL(company.domain).hostname;
      const byDomain = await search(domain, ['company']);

      expect(hitOf(byDomain, 'company', company.id)).toMatchObject({
        label: company.name,
      });
      expect(byDomain.hits.every((hit) => hit.object === 'company')).toBe(true);

      const firstWord = company.name.split(/[\s,-]+/)[0];
      const byCompanyName = await search(firstWord);

      expect(hitOf(byCompanyName, 'company', company.id)).toBeDefined();
      // Opportunities are named after their company: one search, several objects.
      expect(
        new Set(byCompanyName.hits.map((hit) => hit.object)).size,
      ).toBeGreaterThan(1);
      expect([...byCompanyName.hits].sort((a, b) => b.rank - a.rank)).toEqual(
        byCompanyName.hits,
      );
    });

    it('matches word prefixes, ignores accents and case, and leaves out the trash', async () => {
      const [person] = await createPeople([
        { name: { firstName: 'Zoë', lastName: 'Ångström-Ftsearch' } },
      ]);
      const hitIds = async (query: string) =>
        (
          await callTool<SearchResult>(admin, 'search_records', {
            query,
            objects: ['person'],
          })
        ).hits.map((hit) => hit.id);

      expect(await hitIds('zoe angstrom')).toContain(person.id);
      expect(await hitIds('ZOË ÅNGSTRÖM')).toContain(person.id);
      expect(await hitIds('angst ftsea')).toContain(person.id);
      expect(await hitIds('zoe nobodyelse')).not.toContain(person.id);

      await callTool<IdsResult>(admin, 'delete_records', {
        object: 'person',
        ids: [person.id],
      });
      expect(await hitIds('angstrom ftsearch')).not.toContain(person.id);
    });

    it('find_records with search returns what the search vector matches, combined with filters', async () => {
      const [{ word }] = await sql<{ word: string }>(
        `SELECT lower("nameFirstName") AS "word" FROM ${table('person')} WHERE "deletedAt" IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      );
      const found = await findAllPages(
        { object: 'person', search: word, fields: ['name', 'emails'] },
        100,
      ).then((pages) => pages.flatMap((page) => page.records));
      const expected = await sqlIds(
        'person',
        `"searchVector" @@ to_tsquery('simple', '${word}:*')`,
      );

      expect(sorted(found.map((record) => record.id))).toEqual(expected);
      // Every hit has a searchable value with a word starting with the query.
      for (const record of found) {
        expect(JSON.stringify(record).toLowerCase()).toContain(word);
      }

      const withFilter = await findAllIds({
        object: 'person',
        search: word,
        filter: { companyId: { is: 'NOT_NULL' } },
      });

      expect(sorted(withFilter)).toEqual(
        await sqlIds(
          'person',
          `"searchVector" @@ to_tsquery('simple', '${word}:*') AND "companyId" IS NOT NULL`,
        ),
      );
    });
  });
});
