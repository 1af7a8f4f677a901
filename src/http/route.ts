import type express from 'express';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticator';
import type { Config } from '../config';
import type { Db } from '../neo4j/db';

/** Adds routes besides /graphql (exports…); startServer installs each before /graphql. */
export type RouteInstaller = (app: express.Express, deps: { db: Db; config: Config; log: Logger; auth: Authenticator }) => void;
