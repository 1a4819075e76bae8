import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type UpdateEvent } from 'typeorm';

/**
 * Base of every entity with createdAt/updatedAt. Plain columns rather than
 * Create/UpdateDateColumn, whose database defaults differ between SQLite and MySQL. The
 * values come from the request's clock (ctx.now), which the framework puts on the
 * transaction's query runner, so a test that moves the clock moves the timestamps too.
 */
export abstract class Timestamped {
  createdAt: Date;
  updatedAt: Date;
}

/** The clock of the work a query runner is doing; set by the framework when it opens a transaction. */
export function clockOf(data: unknown): Date {
  const now = (data as { now?: unknown } | undefined)?.now;
  return now instanceof Date ? now : new Date();
}

@EventSubscriber()
export class TimestampSubscriber implements EntitySubscriberInterface<Timestamped> {
  listenTo(): Function {
    return Timestamped;
  }

  beforeInsert(event: InsertEvent<Timestamped>): void {
    const now = clockOf(event.queryRunner.data);
    event.entity.createdAt ??= now;
    event.entity.updatedAt ??= event.entity.createdAt;
  }

  beforeUpdate(event: UpdateEvent<Timestamped>): void {
    if (event.entity) (event.entity as Timestamped).updatedAt = clockOf(event.queryRunner.data);
  }
}
