import { BeforeInsert, BeforeUpdate } from 'typeorm';

/**
 * Keeps createdAt/updatedAt of an entity that declares both columns. Plain columns rather than
 * Create/UpdateDateColumn, whose database defaults differ between SQLite and MySQL.
 */
export abstract class Timestamped {
  createdAt: Date;
  updatedAt: Date;

  @BeforeInsert()
  protected stampCreated(): void {
    this.createdAt ??= new Date();
    this.updatedAt = this.createdAt;
  }

  @BeforeUpdate()
  protected stampUpdated(): void {
    this.updatedAt = new Date();
  }
}
