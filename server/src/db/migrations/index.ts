import { Foundation1764300000000 } from './1764300000000-Foundation';
import { Intake1764400000000 } from './1764400000000-Intake';

/** Every migration, in order. Listed explicitly so the compiled server and ts-jest load the same set. */
export const migrations = [Foundation1764300000000, Intake1764400000000];
