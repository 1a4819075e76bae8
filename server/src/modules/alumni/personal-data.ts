import { In, type EntityManager } from 'typeorm';
import type { PersonalTable } from '../../core/personal-data';
import { ActivityRecord, ActivityRecordVersion } from './activity-record.entity';
import { GroupNote } from './group-note.entity';
import { SurveyInvitation, SurveyVersion } from './survey.entity';
import { registeredGroupId } from './survey.service';
import { SurveyQuestionKind, type SurveyQuestion } from './survey.types';

/**
 * Erasure of survey answers: what the alumnus chose (choices, the scale, numbers, fields, hours,
 * registered groups) stays for the results; what they wrote (text answers, groups named in words) goes.
 */
async function eraseSurveyAnswers(em: EntityManager, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const invitations = await em.getRepository(SurveyInvitation).findBy({ id: In(ids) });
  const versions = await em.getRepository(SurveyVersion).findBy({ id: In([...new Set(invitations.map((i) => i.surveyVersionId))]) });
  const questionsOf = new Map(versions.map((v) => [v.id, JSON.parse(v.questions) as SurveyQuestion[]]));
  for (const invitation of invitations) {
    if (!invitation.answers) continue;
    const answers = JSON.parse(invitation.answers) as Record<string, unknown>;
    for (const q of questionsOf.get(invitation.surveyVersionId) ?? []) {
      if (!(q.key in answers)) continue;
      if (q.kind === SurveyQuestionKind.TEXT) delete answers[q.key];
      else if (q.kind === SurveyQuestionKind.GROUPS)
        answers[q.key] = (Array.isArray(answers[q.key]) ? (answers[q.key] as unknown[]) : []).filter((x) => registeredGroupId(x) !== null);
    }
    await em.getRepository(SurveyInvitation).update({ id: invitation.id }, { answers: JSON.stringify(answers) });
  }
}

export const ACTIVITY_FIELDS_JA: Readonly<Record<string, string>> = {
  welfare: '福祉',
  disaster: '防災',
  agriculture: '農',
  greenery: 'みどり',
  recycling: 'リサイクル',
  NONE: '活動していない',
  OTHER: 'その他',
};

/** Where the alumni module keeps a member's personal information (see core/personal-data.ts). */
export const alumniPersonalData: readonly PersonalTable[] = [
  {
    entity: ActivityRecord,
    section: 'followUp',
    titleJa: '活動状況',
    owner: { column: 'accountId' },
    labels: { version: '版', createdAt: '記録を始めた日時', updatedAt: '最後に変更した日時' },
    erase: { keep: { overwrite: {} } },
  },
  {
    entity: ActivityRecordVersion,
    section: 'followUp',
    titleJa: '活動状況の記録（版ごと）',
    owner: { column: 'accountId' },
    stored: { fieldCodes: 'fieldCodeList' },
    labels: {
      version: '版',
      fieldCodeList: '活動の分野',
      groupId: '登録団体',
      groupName: '団体名',
      role: '団体での役割',
      startedOn: '活動を始めた日',
      endedOn: '活動を終えた日',
      hoursPerMonth: '月あたりの活動時間',
      source: '記録のもと',
      enteredAt: '記録した日時',
    },
    values: {
      fieldCodeList: ACTIVITY_FIELDS_JA,
      source: { selfReport: 'ご本人の報告', survey: 'アンケートの回答', staffNote: '職員の記録', introduction: 'お引き合わせ' },
    },
    erase: {
      // Kept for "alumni active, by field": the fields, a registered group and the hours stay; names and roles typed in go.
      keep: { overwrite: { groupName: null, role: null }, kept: ['fieldCodeList', 'groupId', 'startedOn', 'endedOn', 'hoursPerMonth'] },
    },
  },
  {
    entity: SurveyInvitation,
    section: 'followUp',
    titleJa: '追跡調査のアンケート',
    owner: { column: 'accountId' },
    labels: { status: '状態', invitedAt: 'ご案内した日時', remindedAt: '再度ご案内した日時', respondedAt: '回答した日時', answers: '回答内容' },
    values: { status: { pending: '未回答', answered: '回答済み', declined: '回答しない', cancelled: '取りやめ', expired: '期限切れ' } },
    erase: { custom: eraseSurveyAnswers, kept: ['answers'] },
  },
  {
    entity: GroupNote,
    section: 'followUp',
    titleJa: '団体から伺った内容（職員の記録）',
    owner: { column: 'accountId' },
    labels: { groupId: '登録団体', groupName: '団体名', kind: '内容の種類', text: '伺った内容', heardOn: '伺った日', recordedAt: '記録した日時' },
    values: { kind: { helpful: '活躍の様子', concern: '気がかりなこと', other: 'その他' } },
    erase: 'delete',
  },
];
