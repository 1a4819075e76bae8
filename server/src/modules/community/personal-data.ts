import type { PersonalTable } from '../../core/personal-data';
import { Consultation } from './consultation.entity';
import { DisclosureDecision, DisclosureEvent, DisclosureRequest } from './disclosure.entity';
import { Introduction } from './introduction.entity';

const FIELDS = { welfare: '福祉', disaster: '防災', agriculture: '農', greenery: 'みどり', recycling: 'リサイクル' };
const DISCLOSED = { name: '氏名', nameKana: 'フリガナ', phone: '電話番号', email: 'メールアドレス', studied: '受講した講座' };

/** Where the community module keeps a member's personal information (see core/personal-data.ts). */
export const communityPersonalData: readonly PersonalTable[] = [
  {
    entity: Consultation,
    section: 'community',
    titleJa: '活動先のご相談',
    owner: { column: 'accountId' },
    stored: { fieldCodes: 'fieldCodeList', days: 'dayList', times: 'timeList' },
    labels: {
      fieldCodeList: '関心のある分野',
      districtCode: '地区',
      dayList: '都合のよい曜日',
      timeList: '都合のよい時間帯',
      text: 'ご相談の内容',
      status: '状態',
      closeReason: '終了の理由',
      source: 'きっかけ',
      createdAt: '受け付けた日時',
    },
    values: {
      fieldCodeList: FIELDS,
      dayList: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' },
      timeList: { morning: '午前', afternoon: '午後', evening: '夜' },
      status: { open: '受付', inProgress: '対応中', matched: 'お引き合わせ済み', closed: '終了' },
      source: { self: 'ご本人から', posting: '募集への関心', staff: '職員が受付' },
    },
    erase: { keep: { overwrite: { text: null, closeReason: null }, kept: ['fieldCodeList', 'districtCode', 'dayList', 'timeList'] } },
  },
  {
    entity: Introduction,
    section: 'community',
    titleJa: 'お引き合わせ',
    owner: { column: 'accountId' },
    labels: { groupId: '団体', meetingAt: '面会の日時', place: '場所', status: '状態', outcomeReason: '見送りの理由', followUpOn: '様子を伺う日', createdAt: '作成した日時' },
    values: { status: { proposed: 'ご提案', planned: '面会の予定', pending: '結果の確認中', joined: '参加', notAFit: '見送り' } },
    erase: { keep: { overwrite: { place: null, outcomeReason: null }, kept: ['meetingAt'] } },
  },
  {
    entity: DisclosureRequest,
    section: 'community',
    titleJa: '団体への情報提供の依頼',
    owner: { column: 'accountId' },
    labels: { groupId: '団体', fieldList: '提供する項目', purpose: '目的', validUntil: '期限', status: '状態', createdAt: '依頼した日時', answeredAt: '回答した日時' },
    values: { fieldList: DISCLOSED, status: { pending: '回答待ち', answered: '回答済み', withdrawn: '取り下げ' } },
    erase: 'delete',
  },
  {
    entity: DisclosureDecision,
    section: 'community',
    titleJa: '情報提供への同意',
    owner: { column: 'accountId' },
    labels: { field: '項目', approved: '同意の有無', decidedAt: '回答した日時', revokedAt: '撤回した日時' },
    values: { field: DISCLOSED, approved: { true: '提供してよい', false: '提供しない' } },
    erase: 'delete',
  },
  {
    entity: DisclosureEvent,
    section: 'community',
    titleJa: '情報提供の台帳',
    owner: { column: 'accountId' },
    stored: { fields: 'fieldList' },
    labels: { action: '出来事', fieldList: '項目', at: '日時' },
    values: {
      action: { requested: '依頼', approved: '同意', declined: '不同意', shown: '団体に提示', revoked: '撤回', withdrawn: '取り下げ' },
      fieldList: DISCLOSED,
    },
    erase: 'delete',
  },
];
