import { createServer, type Server } from 'node:net';

/** Listens on 127.0.0.1 (port 0 = any free one) and holds the port until closed: someone else's server, for port-race tests. */
export function holdPort(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}
