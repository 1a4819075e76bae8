import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts SQL statements, so tests can pin what a query costs. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  /** While set, nothing is counted or kept (a bulk load's statements are large). */
  paused = false;
  logQuery(query: string): void {
    if (this.paused || /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.count++;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
    this.statements = [];
  }
}
