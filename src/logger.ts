import { pino, type Logger } from 'pino';

/** Structured JSON logs on stderr (stdout stays free for CLI output such as exports). */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { app: 'prevention-graph' } }, pino.destination(2));
}
