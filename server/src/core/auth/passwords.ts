import argon2 from 'argon2';

export interface PasswordCost {
  memoryKiB: number;
  timeCost: number;
}

export class PasswordHasher {
  private dummy?: Promise<string>;
  constructor(private readonly cost: PasswordCost) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: this.cost.memoryKiB, timeCost: this.cost.timeCost, parallelism: 1 });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spend the same time when the account does not exist, so timing does not reveal which login IDs exist. */
  async burn(password: string): Promise<void> {
    this.dummy ??= this.hash('not-a-real-password-' + Math.random());
    await this.verify(await this.dummy, password);
  }
}
