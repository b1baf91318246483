import { DataSource } from 'typeorm';

// A TypeORM DataSource on a test database, the way a host hands one to the
// module (in Twenty: its core datasource).
export const createTestDataSource = async (
  url: string,
): Promise<DataSource> => {
  const dataSource = new DataSource({ type: 'postgres', url, poolSize: 4 });

  await dataSource.initialize();

  return dataSource;
};
