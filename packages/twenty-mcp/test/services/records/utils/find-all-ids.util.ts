import { type FindRecordsRequest } from '../../../../src/domain/records/types/records-requests.type';
import { type RecordsDatabase } from './use-records-database.util';

// Every id a find returns, following endCursor to the last page.
export const findAllIds = async (
  database: RecordsDatabase,
  objectName: string,
  request: Omit<FindRecordsRequest, 'objectName'> = {},
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
