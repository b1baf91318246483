import { type ClientBase } from 'pg';

export const withTransaction = async <T>(
  client: ClientBase,
  run: () => Promise<T>,
): Promise<T> => {
  await client.query('BEGIN');

  try {
    const result = await run();

    await client.query('COMMIT');

    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
};
