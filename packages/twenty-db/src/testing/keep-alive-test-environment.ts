import { TestEnvironment } from 'jest-environment-node';
import {
  Agent,
  type Dispatcher,
  getGlobalDispatcher,
  setGlobalDispatcher,
} from 'undici';

// Node's global fetch, which the MCP SDK clients use, pools idle sockets
// and reuses one until its own timer drops it, 2 s before the server's
// advertised keep-alive timeout. A test worker runs the server and the
// client on one event loop: when a loaded machine stalls that loop across
// both deadlines, the next request goes out on a socket the server closes
// right after (ECONNRESET). Idle sockets dropped after 1 s, far below the
// host's 65 s, leave no such window.
//
// Set here, not in a setup file: fetch is Node's own and reads its
// dispatcher from the worker's global object, which test code cannot reach.
export default class KeepAliveTestEnvironment extends TestEnvironment {
  private readonly agent = new Agent({
    keepAliveTimeout: 1_000,
    keepAliveMaxTimeout: 1_000,
  });
  private readonly previous: Dispatcher = getGlobalDispatcher();

  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    setGlobalDispatcher(this.agent);
  }

  override async teardown(): Promise<void> {
    // No pooled socket outlives the test file whose servers it reached.
    setGlobalDispatcher(this.previous);
    await this.agent.destroy();
    await super.teardown();
  }
}
