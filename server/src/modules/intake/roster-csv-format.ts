import { registerEnumType } from 'type-graphql';

/** How the roster CSV is written: for people (Japanese headers, status words, 2026/04/10) or for programs (English keys, ISO dates). */
export enum RosterCsvFormat {
  JAPANESE = 'japanese',
  MACHINE = 'machine',
}
registerEnumType(RosterCsvFormat, { name: 'RosterCsvFormat' });
