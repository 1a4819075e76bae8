import type { Config } from '../config';
import type { Job } from './jobs';
import type { AppLogger } from './logger';
import type { Database } from './tx';
import type { AuditSink } from './audit';
import type { PersonalTable } from './personal-data';

/** What core hands every module when it is built: configuration and infrastructure, no other module. */
export interface Infrastructure {
  config: Config;
  logger: AppLogger;
  database: Database;
}

/** A module as core sees it: the parts core loops over. Core never names a module. */
export interface ModuleManifest {
  name: string;
  /** TypeORM entities, one per file. */
  entities: readonly Function[];
  /** This module's migrations; core runs all modules' migrations in timestamp order. */
  migrations: readonly Function[];
  /** TypeORM entity subscribers of this module's entities (e.g. columns derived from others). */
  subscribers?: readonly Function[];
  /** Resolver classes; their instances come from the built module. */
  resolvers: readonly Function[];
  /** The schema coordinates this module makes public (reviewed list; a test compares it with @Public marks). */
  publicCoordinates: readonly string[];
  /** The tables holding members' personal information, and how each finds a member's rows (export, erasure). */
  personalTables?: readonly PersonalTable[];
}

/** A module once built with its dependencies: resolver instances and jobs. */
export interface BuiltModule {
  resolvers: readonly object[];
  jobs?: readonly Job[];
  /** Provided by exactly one module (audit): where audit rows are stored. */
  auditSink?: AuditSink;
}
