import net from 'node:net';
import tls from 'node:tls';

/*
 * Bolt sockets without Nagle's algorithm. neo4j-driver 5 for JavaScript leaves it on (the
 * Python driver turned it off in 5.27), and a transaction writes small messages back to back
 * (BEGIN, RUN + PULL, COMMIT): Nagle holds a message until the previous one is acknowledged,
 * and Linux delays that acknowledgement by up to 40 ms. Measured on this project's machine:
 * `RETURN 1` through the driver took a median of 45 ms with Nagle and 2 ms without, and the
 * catalogue page's link read 58 ms against 13 ms. The driver offers no option and opens its
 * sockets with the built-in `net.connect` / `tls.connect`, so those are wrapped once per
 * process to set TCP_NODELAY on what they return (Node's HTTP client does the same by default).
 */
const WRAPPED = Symbol.for('prevention-graph.nodelay');

type Connect = ((...args: unknown[]) => net.Socket) & { [WRAPPED]?: true };

function wrap(module: { connect: Connect }): void {
  const original = module.connect;
  if (original[WRAPPED]) return;
  const connect: Connect = function (this: unknown, ...args: unknown[]) {
    const socket = original.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  };
  connect[WRAPPED] = true;
  module.connect = connect;
}

/** Sets TCP_NODELAY on every socket `net.connect` and `tls.connect` open from now on (idempotent). */
export function disableNagle(): void {
  wrap(net as unknown as { connect: Connect });
  wrap(tls as unknown as { connect: Connect });
}
