export const DATABASE_POOLS_PORT = Symbol('DATABASE_POOLS_PORT');

export type DatabasePoolUsage = {
  // e.g. `reads`: the back-end's own pool for record reads.
  pool: string;
  total: number;
  idle: number;
  waiting: number;
};

// Optional part of the back-end contract: connection pools a back-end opens
// beside the host's DataSource, so the operator's metrics count them too.
export interface DatabasePoolsPort {
  poolUsage(): DatabasePoolUsage[];
}
