import { connect } from 'node:net';

// The parts of a node-postgres client this needs; pg keeps them public but
// leaves them out of its types.
type PgClient = {
  processID?: number | null;
  secretKey?: number | null;
  connectionParameters?: { host?: string; port?: number };
};

// Protocol 3 CancelRequest code (PostgreSQL docs, "Message Formats").
const CANCEL_REQUEST_CODE = 80_877_102;

// Asks PostgreSQL to cancel whatever statement `connection` is running, with the protocol's CancelRequest on a socket of its own: no
// pool connection is needed, so it works when the pool is exhausted, which
// is when it matters. The statement then fails with SQLSTATE 57014. Best
// effort: if the request is lost, the statement timeout still ends it.
export const sendCancelRequest = (connection: object): void => {
  const client = connection as PgClient;
  const { host = 'localhost', port } = client?.connectionParameters ?? {};

  if (
    typeof client?.processID !== 'number' ||
    typeof client.secretKey !== 'number' ||
    typeof port !== 'number'
  ) {
    return;
  }

  const packet = Buffer.alloc(16);

  packet.writeInt32BE(16, 0);
  packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
  packet.writeInt32BE(client.processID, 8);
  packet.writeInt32BE(client.secretKey, 12);

  const socket = host.startsWith('/')
    ? connect(`${host}/.s.PGSQL.${port}`)
    : connect(port, host);

  socket.on('error', () => socket.destroy());
  socket.on('connect', () => socket.end(packet));
};
