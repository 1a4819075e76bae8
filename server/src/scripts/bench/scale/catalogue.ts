// The scale data set's fixed vocabulary: courses, names, places and the texts people write.
import { Eligibility, FieldCode, SelectionMethod } from '../../../modules/catalog';
import { GroupKind } from '../../../modules/community';

export interface CourseDef {
  field: FieldCode;
  title: string;
  titleEn: string;
  description: string;
  scheduleOutline: string;
  eligibility: Eligibility[];
  method: SelectionMethod;
  motivation: boolean;
  /** Seats of one cohort at full scale. */
  capacity: number;
  minAttendanceRate: number;
  venue: string;
  /** The course's own attendance status (オンライン参加, counts as attended). */
  online: boolean;
}

const ALL = [Eligibility.RESIDENT, Eligibility.WORKER, Eligibility.STUDENT];
const LIVE_WORK = [Eligibility.RESIDENT, Eligibility.WORKER];

const course = (
  field: FieldCode,
  title: string,
  titleEn: string,
  description: string,
  eligibility: Eligibility[],
  capacity: number,
  venue: string,
  extra: Partial<CourseDef> = {},
): CourseDef => {
  const review = field === FieldCode.WELFARE || field === FieldCode.GREENERY;
  return {
    field,
    title,
    titleEn,
    description,
    scheduleOutline: review
      ? '4月から翌々年3月までの2年間、隔週1回（2時間）。講義と地域での実習があります。'
      : '4月から翌年3月まで、隔週1回（2時間）。講義のほか、地域での実習があります。',
    eligibility,
    method: review ? SelectionMethod.REVIEW : SelectionMethod.LOTTERY,
    motivation: review,
    capacity,
    minAttendanceRate: 80,
    venue,
    online: false,
    ...extra,
  };
};

/** Four courses in each of the five fields; welfare and greenery take two years (the field decides it). */
export const COURSES: readonly CourseDef[] = [
  course(
    FieldCode.WELFARE,
    '地域福祉コース',
    'Community welfare course',
    '高齢者の見守りや子育て支援など、地域の福祉活動の担い手を2年間で養成します。',
    ALL,
    40,
    '練馬区役所 本庁舎 19階 研修室',
  ),
  course(FieldCode.WELFARE, '子育て支援コース', 'Child-raising support course', '子育てひろばや子ども食堂を支える担い手を養成します。', ALL, 36, '練馬区役所 本庁舎 19階 研修室', {
    online: true,
  }),
  course(
    FieldCode.WELFARE,
    '認知症サポーター養成コース',
    'Dementia supporter course',
    '認知症の方とご家族を地域で支える知識と実践を学びます。',
    LIVE_WORK,
    40,
    '練馬区立 区民・産業プラザ',
  ),
  course(
    FieldCode.WELFARE,
    '地域福祉コーディネーターコース',
    'Welfare coordinator course',
    '地域の困りごとを支援につなぐコーディネーターを養成します。',
    ALL,
    30,
    '練馬区社会福祉協議会 研修室',
    {
      minAttendanceRate: 70,
    },
  ),
  course(
    FieldCode.DISASTER,
    '防災リーダーコース',
    'Disaster prevention leader course',
    '避難所運営や防災訓練の企画など、地域の防災リーダーを1年間で養成します。',
    LIVE_WORK,
    40,
    '練馬区防災学習センター',
  ),
  course(FieldCode.DISASTER, '避難所運営コース', 'Evacuation centre course', '避難拠点の開設と運営を、訓練を通じて学びます。', LIVE_WORK, 40, '練馬区防災学習センター'),
  course(FieldCode.DISASTER, '防災まちづくりコース', 'Disaster-resilient town course', '木造住宅密集地域の防災まちづくりを学びます。', ALL, 36, '練馬区役所 本庁舎 19階 研修室', {
    online: true,
  }),
  course(FieldCode.DISASTER, '応急救護コース', 'First aid course', '救命講習と応急手当を学び、地域の救護の担い手になります。', ALL, 30, '練馬消防署 講堂'),
  course(
    FieldCode.AGRICULTURE,
    '農のコース',
    'Urban agriculture course',
    '練馬の都市農業を学び、農地保全や農業ボランティアの担い手を養成します。',
    [Eligibility.RESIDENT],
    24,
    '区民農園 大泉',
  ),
  course(
    FieldCode.AGRICULTURE,
    '体験農園サポーターコース',
    'Farm experience supporter course',
    '農業体験農園の運営を手伝うサポーターを養成します。',
    [Eligibility.RESIDENT],
    24,
    '練馬区農業体験農園',
  ),
  course(
    FieldCode.AGRICULTURE,
    '農地保全ボランティアコース',
    'Farmland conservation course',
    '援農ボランティアとして農家の作業を支える技術を学びます。',
    LIVE_WORK,
    30,
    'JA東京あおば 研修室',
  ),
  course(
    FieldCode.AGRICULTURE,
    '都市農業と食育コース',
    'Urban farming and food education course',
    '練馬大根など地域の農産物と食育を学びます。',
    ALL,
    30,
    '練馬区立 区民・産業プラザ',
  ),
  course(
    FieldCode.GREENERY,
    'みどりのコース',
    'Greenery course',
    '公園や樹林地の保全活動を通じて、みどりを守り育てる担い手を2年間で養成します。',
    ALL,
    36,
    '石神井公園 サービスセンター',
  ),
  course(FieldCode.GREENERY, '樹林地保全コース', 'Woodland conservation course', '屋敷林や樹林地の手入れを実習で学びます。', ALL, 30, '清水山憩いの森'),
  course(FieldCode.GREENERY, '公園ボランティアコース', 'Park volunteer course', '公園の花壇づくりと管理を担うボランティアを養成します。', LIVE_WORK, 40, '光が丘公園 管理所'),
  course(
    FieldCode.GREENERY,
    '花と緑のまちづくりコース',
    'Flowers and greenery course',
    '街角の花壇や緑化活動を企画する担い手を養成します。',
    ALL,
    30,
    '練馬区役所 本庁舎 19階 研修室',
    { online: true },
  ),
  course(
    FieldCode.RECYCLING,
    'リサイクルコース',
    'Recycling course',
    'ごみの減量やリサイクル活動を地域で広げる担い手を1年間で養成します。',
    LIVE_WORK,
    40,
    'リサイクルセンター 学習室',
  ),
  course(
    FieldCode.RECYCLING,
    'ごみ減量推進コース',
    'Waste reduction course',
    '分別の説明会や集団回収を地域で進める担い手を養成します。',
    LIVE_WORK,
    36,
    '練馬区役所 本庁舎 19階 研修室',
  ),
  course(FieldCode.RECYCLING, 'リユース活動コース', 'Reuse course', 'リユース市や修理の会を企画・運営する担い手を養成します。', ALL, 30, 'リサイクルセンター 工房', {
    online: true,
  }),
  course(
    FieldCode.RECYCLING,
    '環境学習リーダーコース',
    'Environmental learning leader course',
    '子ども向けの環境学習を企画するリーダーを養成します。',
    ALL,
    30,
    '練馬区立 環境学習センター',
    {
      minAttendanceRate: 70,
    },
  ),
];

/** The weekday (0 Sunday … 6 Saturday) and hour (Tokyo) of a class: parallel cohorts of a course meet at different times. */
export const SLOTS: ReadonlyArray<{ weekday: number; hour: number }> = [
  { weekday: 6, hour: 10 },
  { weekday: 0, hour: 10 },
  { weekday: 6, hour: 14 },
  { weekday: 3, hour: 19 },
  { weekday: 2, hour: 19 },
  { weekday: 4, hour: 10 },
  { weekday: 5, hour: 19 },
  { weekday: 0, hour: 14 },
  { weekday: 1, hour: 10 },
];

export const SESSION_TOPICS = ['オリエンテーション', '地域を知る', '講義', '事例研究', 'グループ討議', '実習', '振り返り', '地域の団体の話を聞く', '企画づくり', '中間発表'];

export const SURNAMES: ReadonlyArray<[string, string]> = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山口', 'ヤマグチ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['林', 'ハヤシ'],
  ['斎藤', 'サイトウ'],
  ['清水', 'シミズ'],
  ['山崎', 'ヤマザキ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
  ['橋本', 'ハシモト'],
  ['阿部', 'アベ'],
  ['石川', 'イシカワ'],
  ['山下', 'ヤマシタ'],
  ['中島', 'ナカジマ'],
  ['石井', 'イシイ'],
  ['小川', 'オガワ'],
  ['前田', 'マエダ'],
  ['岡田', 'オカダ'],
  ['長谷川', 'ハセガワ'],
  ['藤田', 'フジタ'],
  ['後藤', 'ゴトウ'],
  ['近藤', 'コンドウ'],
  ['村上', 'ムラカミ'],
  ['遠藤', 'エンドウ'],
  ['青木', 'アオキ'],
  ['坂本', 'サカモト'],
];

export const GIVEN_NAMES: ReadonlyArray<[string, string]> = [
  ['花子', 'ハナコ'],
  ['太郎', 'タロウ'],
  ['美咲', 'ミサキ'],
  ['健一', 'ケンイチ'],
  ['陽子', 'ヨウコ'],
  ['誠', 'マコト'],
  ['由美', 'ユミ'],
  ['大輔', 'ダイスケ'],
  ['恵子', 'ケイコ'],
  ['翔太', 'ショウタ'],
  ['直子', 'ナオコ'],
  ['浩', 'ヒロシ'],
  ['和子', 'カズコ'],
  ['正雄', 'マサオ'],
  ['裕子', 'ユウコ'],
  ['隆', 'タカシ'],
  ['明美', 'アケミ'],
  ['茂', 'シゲル'],
  ['幸子', 'サチコ'],
  ['修', 'オサム'],
  ['真由美', 'マユミ'],
  ['勝', 'マサル'],
  ['久美子', 'クミコ'],
  ['進', 'ススム'],
  ['智子', 'トモコ'],
  ['清', 'キヨシ'],
  ['典子', 'ノリコ'],
  ['実', 'ミノル'],
  ['洋子', 'ヨウコ'],
  ['達也', 'タツヤ'],
];

/** Towns of the ward by district (the community module's district codes). */
export const TOWNS: Readonly<Record<string, readonly string[]>> = {
  nerima: ['豊玉北', '豊玉南', '練馬', '桜台', '旭丘', '小竹町', '羽沢', '栄町', '氷川台', '平和台', '早宮', '春日町', '向山', '貫井', '中村北'],
  hikarigaoka: ['光が丘', '旭町', '田柄', '高松', '土支田', '北町', '錦'],
  shakujii: ['石神井町', '石神井台', '下石神井', '富士見台', '南田中', '高野台', '谷原', '三原台', '上石神井', '関町北', '関町南', '立野町'],
  oizumi: ['東大泉', '西大泉', '南大泉', '大泉町', '大泉学園町'],
};

export const WORKPLACES = [
  '練馬区内の介護事業所',
  '区立小学校',
  '区内の保育園',
  '区内の病院',
  '区内の商店街の店舗',
  '練馬区役所',
  '区内の郵便局',
  '区内の薬局',
  '区内の工務店',
  '区内の図書館',
];
export const SCHOOLS = ['武蔵大学', '日本大学芸術学部', '武蔵野音楽大学', '東京都立石神井高等学校', '東京都立大泉高等学校', '区内の専門学校'];

export const MOTIVATIONS = [
  '定年後、地域のために何かしたいと考え、基礎から学びたいと思いました。',
  '町会の活動に参加しており、講座で学んだことを活かしたいです。',
  '子どもが独立し、時間ができたので地域活動を始めたいと思います。',
  '近所の高齢の方の見守りに関わっており、知識を深めたいです。',
  '仕事で区内に通っており、地域とのつながりを持ちたいと考えています。',
  '友人から講座の評判を聞き、ぜひ参加したいと思いました。',
  '身近な公園の手入れに参加したことがきっかけで、もっと学びたくなりました。',
  '災害に備えて、家族や近所の人を守れるようになりたいです。',
];

export const INELIGIBLE_REASONS = ['在勤先が区外のため', '申込内容に記載の住所が区外のため', '同じ年度の別の講座を受講中のため'];
export const WITHDRAWAL_TEXTS = ['一身上の都合により', '通院のため通えなくなりました', '勤務時間が変わったため', '家族の介護のため'];
export const CANCEL_REASONS = ['荒天のため休講', '講師の急病のため休講', '会場の都合により休講'];

export const STAFF_NAMES: ReadonlyArray<[string, string]> = [
  ['練馬 一郎', 'ネリマ イチロウ'],
  ['豊島 さくら', 'トシマ サクラ'],
  ['大泉 健', 'オオイズミ ケン'],
  ['石神井 葵', 'シャクジイ アオイ'],
  ['光 大樹', 'ヒカリ ダイキ'],
  ['桜台 直美', 'サクラダイ ナオミ'],
  ['関 翼', 'セキ ツバサ'],
  ['早宮 美香', 'ハヤミヤ ミカ'],
  ['高松 亮', 'タカマツ リョウ'],
  ['谷原 優子', 'ヤハラ ユウコ'],
];

export const CONTRACTORS: ReadonlyArray<{ field: FieldCode; name: string }> = [
  { field: FieldCode.DISASTER, name: 'ねりま防災サポート株式会社' },
  { field: FieldCode.AGRICULTURE, name: '一般社団法人 練馬の農を育てる会' },
  { field: FieldCode.GREENERY, name: 'みどりのまちづくり株式会社' },
  { field: FieldCode.RECYCLING, name: 'NPO法人 エコライフ練馬' },
];

/** Group names: a town and what the group does, by field. */
export const GROUP_THEMES: Readonly<Record<FieldCode, ReadonlyArray<[string, GroupKind]>>> = {
  [FieldCode.WELFARE]: [
    ['見守りの会', GroupKind.VOLUNTEER_CIRCLE],
    ['ふれあいサロン', GroupKind.VOLUNTEER_CIRCLE],
    ['子ども食堂', GroupKind.NPO],
    ['地区社会福祉協議会', GroupKind.SOCIAL_WELFARE_COUNCIL],
  ],
  [FieldCode.DISASTER]: [
    ['町会 防災部', GroupKind.NEIGHBOURHOOD_ASSOCIATION],
    ['防災会', GroupKind.NEIGHBOURHOOD_ASSOCIATION],
    ['小学校 避難拠点運営連絡会', GroupKind.SCHOOL_PTA],
  ],
  [FieldCode.AGRICULTURE]: [
    ['援農ボランティアの会', GroupKind.VOLUNTEER_CIRCLE],
    ['菜園クラブ', GroupKind.VOLUNTEER_CIRCLE],
    ['農のある風景を守る会', GroupKind.NPO],
  ],
  [FieldCode.GREENERY]: [
    ['公園愛護会', GroupKind.VOLUNTEER_CIRCLE],
    ['花壇ボランティア', GroupKind.VOLUNTEER_CIRCLE],
    ['樹林地保全の会', GroupKind.NPO],
  ],
  [FieldCode.RECYCLING]: [
    ['リサイクル推進会', GroupKind.VOLUNTEER_CIRCLE],
    ['エコの会', GroupKind.NPO],
    ['集団回収の会', GroupKind.NEIGHBOURHOOD_ASSOCIATION],
  ],
};

export const PUBLIC_NOTICE_TITLES = [
  '講座の受講生を募集します',
  '修了生による活動報告会のお知らせ',
  '年末年始の窓口休業について',
  'システムメンテナンスのお知らせ',
  '地域活動フェアを開催します',
  '講座の会場が変わります',
  '説明会を開催します',
  '修了証の再発行について',
  '台風接近に伴う休講の判断について',
  '募集要項を更新しました',
  '受講料の免除について',
  '活動団体の登録を受け付けています',
];
