import { Foundation1764300000000 } from './1764300000000-Foundation';

/** Every migration, in order. Listed explicitly so the compiled server and ts-jest load the same set. */
export const migrations = [Foundation1764300000000];
