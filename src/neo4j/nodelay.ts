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
 *
 * Without Nagle every write is a send of its own, and the driver writes a message in pieces
 * of at most 1,400 bytes (its chunker's buffer): a compiled city card's 7 KB statement went
 * out in six sends, each a system call that on loopback also runs the receiving side's TCP
 * work (strace; a CPU profile under load put 16 % of the API's busy time in those writes).
 * So the wrapped sockets also gather what is written within one tick of the event loop and
 * send it together on the next (cork / uncork, as Node's HTTP server does for a response).
 */
const WRAPPED = Symbol.for('prevention-graph.nodelay');

type Connect = ((...args: unknown[]) => net.Socket) & { [WRAPPED]?: true };

function wrap(module: { connect: Connect }): void {
  const original = module.connect;
  if (original[WRAPPED]) return;
  const connect: Connect = function (this: unknown, ...args: unknown[]) {
    const socket = original.apply(this, args);
    socket.setNoDelay(true);
    sendPerTick(socket);
    return socket;
  };
  connect[WRAPPED] = true;
  module.connect = connect;
}

/** Writes made within one tick leave in one send (a writev) when the tick ends. */
function sendPerTick(socket: net.Socket): void {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: net.Socket, ...args: unknown[]) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as net.Socket['write'];
}

/** Sets TCP_NODELAY, and one send per tick, on every socket `net.connect` and `tls.connect` open from now on (idempotent). */
export function disableNagle(): void {
  wrap(net as unknown as { connect: Connect });
  wrap(tls as unknown as { connect: Connect });
}
