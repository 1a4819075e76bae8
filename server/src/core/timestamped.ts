import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type UpdateEvent } from 'typeorm';

/**
 * Base of every entity with a createdAt, and (Timestamped) an updatedAt. Plain columns rather
 * than Create/UpdateDateColumn, whose database defaults differ between SQLite and MySQL. The
 * values come from the request's clock (ctx.now), which the framework puts on the
 * transaction's query runner, so a test that moves the clock moves the timestamps too.
 */
export abstract class Created {
  createdAt: Date;
}

export abstract class Timestamped extends Created {
  updatedAt: Date;
}

/** The clock of the work a query runner is doing; set by the framework when it opens a transaction. */
export function clockOf(data: unknown): Date {
  const now = (data as { now?: unknown } | undefined)?.now;
  return now instanceof Date ? now : new Date();
}

@EventSubscriber()
export class TimestampSubscriber implements EntitySubscriberInterface<Created> {
  listenTo(): Function {
    return Created;
  }

  beforeInsert(event: InsertEvent<Created>): void {
    const entity = event.entity as Partial<Timestamped>;
    entity.createdAt ??= clockOf(event.queryRunner.data);
    if (event.metadata.findColumnWithPropertyName('updatedAt')) entity.updatedAt ??= entity.createdAt;
  }

  beforeUpdate(event: UpdateEvent<Created>): void {
    if (event.entity && event.metadata.findColumnWithPropertyName('updatedAt')) (event.entity as Timestamped).updatedAt = clockOf(event.queryRunner.data);
  }
}
