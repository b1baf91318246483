import { type FindRequest } from '../../../src/domain/records/types/find-request.type';
import { type QueryDatabase } from './use-query-database.util';

// Every id a find returns, following endCursor to the last page.
export const findAllIds = async (
  database: QueryDatabase,
  objectName: string,
  request: Partial<FindRequest> = {},
  pageSize = 100,
): Promise<string[]> => {
  const ids: string[] = [];
  let after = request.after;

  for (;;) {
    const page = await database.find(objectName, {
      ...request,
      limit: pageSize,
      after,
    });

    ids.push(...page.records.map((record) => record.id));

    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
      return ids;
    }

    after = page.pageInfo.endCursor;
  }
};
