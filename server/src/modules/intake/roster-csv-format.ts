import { registerEnumType } from 'type-graphql';

/**
 * How the roster CSV is written: for people, in the reader's language (headers, status words,
 * 2026/04/10), or for programs (English keys, fixed status codes, ISO dates).
 */
export enum RosterCsvFormat {
  JAPANESE = 'japanese',
  ENGLISH = 'english',
  MACHINE = 'machine',
}

type Words = { header: string[]; planned: string; attending: string; finished: string; cancelled: string; withdrew: string };

/** The words of each format for people; before the start a withdrawal is a cancellation (辞退), after it a withdrawal (退学). */
export const ROSTER_WORDS: Record<RosterCsvFormat.JAPANESE | RosterCsvFormat.ENGLISH, Words> = {
  [RosterCsvFormat.JAPANESE]: {
    header: ['学籍番号', '氏名', 'ふりがな', '状態', '受講決定日', '辞退・退学日'],
    planned: '受講予定',
    attending: '受講中',
    finished: '受講終了',
    cancelled: '辞退',
    withdrew: '退学',
  },
  [RosterCsvFormat.ENGLISH]: {
    header: ['Student number', 'Name', 'Name (kana)', 'Status', 'Enrolled on', 'Cancelled or withdrew on'],
    planned: 'Starting',
    attending: 'Attending',
    finished: 'Finished',
    cancelled: 'Cancelled before the start',
    withdrew: 'Withdrew',
  },
};
registerEnumType(RosterCsvFormat, { name: 'RosterCsvFormat' });
