import { createServer } from 'node:net';

/**
 * The port bound when listening on 127.0.0.1:`port` works (0: any free one, which is then named),
 * undefined when it is taken. The socket is closed again before this resolves.
 */
export function canListen(port: number): Promise<number | undefined> {
  return new Promise((resolveListen) => {
    const server = createServer();
    server.once('error', () => resolveListen(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolveListen(bound));
    });
  });
}

/** A port nobody listens on now (a fixed port would collide with parallel runs). */
export async function freePort(): Promise<number> {
  const port = await canListen(0);
  if (port === undefined) throw new Error('The operating system handed out no free port on 127.0.0.1.');
  return port;
}
