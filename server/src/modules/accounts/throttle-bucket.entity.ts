import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests counted for throttling (recovery mail, resending a confirmation, registration), one
 * row per key and fixed window, in the database so the limit holds across server instances.
 * The key is "<action>:ip:<address>" or "<action>:account:<id>", never an address typed by a stranger.
 */
@Entity('throttle_bucket')
export class ThrottleBucket {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  throttleKey: string;

  @Column({ type: 'datetime' })
  windowStartedAt: Date;

  @Column({ type: 'int' })
  count: number;
}
