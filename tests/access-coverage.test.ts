import type { GraphQLSchema } from 'graphql';
import { publicCoordinates as PUBLIC_COORDINATES } from '../server/src/modules';
import { PUBLIC, ROLE_PERMISSIONS, Permission, SELF } from '../server/src/modules/permissions';
import { buildSchemaForTests, coordinates } from './helpers/schema';

/**
 * Deny by default, checked on the built schema: the effective rule of every coordinate is
 * the one the guard enforces at run time (a field's own rule, else its type's default).
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchemaForTests();
});

const known = new Set<string>([...Object.values(Permission), SELF, PUBLIC]);

test('every schema coordinate has an access rule or is on the reviewed public list', () => {
  const all = coordinates(schema);
  const missing = all.filter((c) => !c.access?.length).map((c) => `${c.type}.${c.field}`);
  expect(missing).toEqual([]);
  const unknownCodes = all.flatMap((c) => (c.access ?? []).filter((code) => !known.has(code)).map((code) => `${c.type}.${c.field}: ${code}`));
  expect(unknownCodes).toEqual([]);
  const covered = all.filter((c) => c.access?.length).length;
  console.log(`access rules: ${covered}/${all.length} coordinates (${((100 * covered) / all.length).toFixed(1)}%), ${PUBLIC_COORDINATES.length} public`);
  expect(covered).toBe(all.length);
});

test('the public list and the @Public() marks agree exactly', () => {
  const marked = coordinates(schema)
    .filter((c) => c.access?.includes(PUBLIC))
    .map((c) => `${c.type}.${c.field}`)
    .sort();
  expect(marked).toEqual([...PUBLIC_COORDINATES].sort());
});

test('every query and mutation carries a rule of its own (type defaults never cover operations)', () => {
  const problems = coordinates(schema)
    .filter((c) => (c.type === 'Query' || c.type === 'Mutation') && !c.ownAccess?.length)
    .map((c) => `${c.type}.${c.field}`);
  expect(problems).toEqual([]);
});

test('a type default covers only fields without a rule of their own', () => {
  const own = coordinates(schema).filter((c) => c.ownAccess?.length);
  // Operations always carry their own rule (see above), so this compares real coordinates.
  expect(own.length).toBeGreaterThan(0);
  const overridden = own.filter((c) => JSON.stringify(c.access) !== JSON.stringify(c.ownAccess)).map((c) => `${c.type}.${c.field}: ${c.access} instead of ${c.ownAccess}`);
  expect(overridden).toEqual([]);
});

test('personal information is never public and always needs a permission', () => {
  const personal = coordinates(schema).filter((c) => c.personal);
  expect(personal.length).toBeGreaterThan(0);
  for (const c of personal) {
    expect(c.access).not.toContain(PUBLIC);
    expect(c.access!.some((code) => code !== SELF)).toBe(true);
  }
});

test('the register of personal information lists every marked field, with purpose and retention', async () => {
  const { personalRegister } = await import('../server/src/core/personal');
  const marked = coordinates(schema)
    .filter((c) => c.personal)
    .map((c) => c.field)
    .sort();
  const register = personalRegister();
  expect(register.map((m) => m.field).sort()).toEqual(marked);
  for (const m of register) {
    expect(m.purpose.length).toBeGreaterThan(10);
    expect(m.retention.length).toBeGreaterThan(10);
    // The register screen shows the Japanese: Japanese script, no English words.
    for (const ja of [m.purposeJa, m.retentionJa]) {
      expect([m.field, ja]).toEqual([m.field, expect.stringMatching(/^[^A-Za-z]*[\u3040-\u30ff\u4e00-\u9fff][^A-Za-z]*$/)]);
    }
  }
});

test('every role maps only to defined permission codes', () => {
  const defined = new Set<string>(Object.values(Permission));
  const mapped = Object.entries(ROLE_PERMISSIONS as Record<string, string[]>).flatMap(([role, codes]) => codes.map((code) => `${role}: ${code}`));
  expect(mapped.length).toBeGreaterThan(0);
  expect(mapped.filter((entry) => !defined.has(entry.slice(entry.indexOf(': ') + 2)))).toEqual([]);
});

/**
 * Pinned field lists. A new field fails here until someone reviews its access rule and
 * whether it is personal information, then adds it.
 */
const PINNED: Record<string, string[]> = {
  Account: [
    'activityRecords',
    'address',
    'applications',
    'changes',
    'completions',
    'contractor',
    'createdAt',
    'email',
    'emailConfirmed',
    'followUpConsents',
    'groupNotes',
    'id',
    'locked',
    'loginId',
    'name',
    'nameKana',
    'passkeys',
    'passwordExpiresAt',
    'pendingActions',
    'pendingEmail',
    'permissions',
    'phone',
    'residency',
    'role',
    'secondFactor',
    'status',
    'surveyInvitations',
    'workplaceOrSchool',
  ],
  AccountChange: ['at', 'byAdministrator', 'fields', 'id', 'kind'],
  ActivityRecord: ['current', 'history', 'id'],
  ActivityRecordVersion: ['endedOn', 'enteredAt', 'enteredBy', 'fieldCodes', 'groupId', 'groupName', 'hoursPerMonth', 'id', 'recordId', 'role', 'source', 'startedOn', 'version'],
  Application: [
    'applicant',
    'code',
    'cohort',
    'cohortId',
    'decision',
    'decisionReason',
    'eligibilityBasis',
    'eligible',
    'emailAlerts',
    'enrollment',
    'events',
    'id',
    'ineligibleReason',
    'ineligibleReasonCode',
    'motivation',
    'offerDeadline',
    'preferredContact',
    'status',
    'submittedAt',
    'updatedAt',
    'waitlistPosition',
    'workplaceOrSchool',
  ],
  ApplicationEvent: ['actorId', 'at', 'fromStatus', 'id', 'reason', 'toStatus'],
  ApplicationPage: ['items', 'total'],
  Attendance: ['changes', 'classSessionId', 'enrollmentId', 'id', 'recordedBy', 'source', 'statusCode', 'updatedAt'],
  AttendanceCell: ['classSessionId', 'enrollmentId', 'statusCode'],
  AttendanceChange: ['actorId', 'at', 'fromStatus', 'id', 'reason', 'source', 'toStatus'],
  AttendanceGrid: ['cells', 'cohortId', 'sessions', 'students'],
  AttendanceImportEntry: ['classSessionId', 'column', 'enrollment', 'enrollmentId', 'row', 'statusCode'],
  AttendanceImportError: ['code', 'column', 'columnNumber', 'row', 'value'],
  AttendanceImportPreview: ['classSessionIds', 'entries', 'entryCount', 'errorCount', 'errors', 'layout'],
  AttendanceImportResult: ['changed', 'created', 'entryCount'],
  AuditEntry: ['action', 'actorId', 'actorRole', 'at', 'fields', 'id', 'ip', 'operation', 'outcome', 'reason', 'requestId', 'targetIds', 'targetType'],
  AuditPage: ['items', 'total'],
  AuthPayload: ['accessToken', 'account', 'expiresIn', 'refreshToken', 'secondFactor'],
  Certificate: [
    'cohortId',
    'completedOn',
    'copies',
    'courseTitle',
    'endsOn',
    'enrollmentId',
    'fieldCode',
    'firstIssuedAt',
    'holderName',
    'id',
    'issuedAt',
    'number',
    'revokeReason',
    'revokedAt',
    'startsOn',
    'studentNumber',
  ],
  CertificateCopy: ['id', 'issuedAt', 'reason', 'supersededAt'],
  CertificateFile: ['base64', 'contentType', 'count', 'fileName'],
  CertificateVerification: ['completedOn', 'courseTitle', 'endsOn', 'fieldCode', 'issuedOn', 'number', 'revokedOn', 'startsOn', 'status'],
  CheckIn: ['classSessionId', 'closedAt', 'openedAt', 'openedBy'],
  CheckInCode: ['code', 'expiresAt', 'qrDataUrl', 'url'],
  CheckInResult: ['classSessionId', 'recorded', 'statusCode'],
  ClassSession: ['cancelReason', 'cancelledAt', 'changes', 'cohortId', 'countsTowardCompletion', 'endsAt', 'id', 'kind', 'requiredForCompletion', 'startsAt', 'title', 'venue'],
  ClassSessionChange: ['actorId', 'at', 'classSessionId', 'fromEndsAt', 'fromStartsAt', 'fromVenue', 'id', 'kind', 'reason', 'toEndsAt', 'toStartsAt', 'toVenue'],
  ClassSessionDraft: ['countsTowardCompletion', 'date', 'endsAt', 'kind', 'startsAt', 'title', 'venue'],
  Cohort: [
    'academicYear',
    'acceptingApplications',
    'announcedAt',
    'applicationClosesAt',
    'applicationCount',
    'applicationOpensAt',
    'capacity',
    'classSessions',
    'course',
    'courseId',
    'endsOn',
    'id',
    'lottery',
    'myApplication',
    'resultsOn',
    'seatsTaken',
    'selectionMethod',
    'startsOn',
    'status',
  ],
  CohortAtRisk: ['atRisk', 'cohort', 'cohortId', 'notAchievable', 'studentCount', 'students'],
  CohortWork: ['applicationsToReview', 'cohort', 'lotteryToDraw', 'lotteryToFreeze', 'nextDeadline', 'offersLapsingSoon', 'resultsToAnnounce'],
  CommunityGroup: [
    'createdAt',
    'districtCode',
    'fieldCodes',
    'id',
    'interviewNotes',
    'interviewedBy',
    'interviewedOn',
    'kind',
    'name',
    'publicContact',
    'publicDescription',
    'representativeEmail',
    'representativeName',
    'representativePhone',
    'revisions',
    'status',
    'statusReason',
    'updatedAt',
    'version',
  ],
  CommunityGroupRevision: ['changedAt', 'changedBy', 'changedFields', 'id', 'publicAfter', 'reason', 'version'],
  Consent: ['acceptedAt', 'granted', 'id', 'kind', 'recordedBy', 'source', 'version'],
  Completion: [
    'attended',
    'cohort',
    'cohortId',
    'completedOn',
    'decidedBy',
    'enrollmentId',
    'id',
    'outcome',
    'overridden',
    'overrideReason',
    'planned',
    'ruleVersion',
    'updatedAt',
  ],
  CompletionPreview: ['alreadyRun', 'completed', 'notCompleted', 'rule', 'students', 'withdrawn'],
  CompletionPreviewRow: ['absences', 'attended', 'enrollment', 'outcome', 'planned', 'rate', 'reasons', 'requiredMissed'],
  CompletionRuleInfo: ['courseId', 'createdAt', 'createdBy', 'maxAbsences', 'minRatePercent', 'requireMarkedSessions', 'version'],
  CompletionRunResult: ['completed', 'completions', 'notCompleted', 'withdrawn'],
  Contractor: ['active', 'allowedAddressRanges', 'contractEndsOn', 'contractStartsOn', 'endedAt', 'fieldCode', 'id', 'name'],
  Course: [
    'cohorts',
    'createdAt',
    'description',
    'eligibility',
    'field',
    'fieldCode',
    'id',
    'minAttendanceRate',
    'motivationRequired',
    'scheduleOutline',
    'title',
    'titleEn',
    'updatedAt',
    'years',
  ],
  CourseAttendanceStatus: ['code', 'countsAsAttended', 'courseId', 'courseOwn', 'label', 'labelEn', 'sortOrder'],
  District: ['code', 'nameEn', 'nameJa', 'sortOrder'],
  EmailConfirmation: ['kind', 'loginId'],
  Enrollment: ['cohortId', 'enrolledAt', 'id', 'student', 'studentNumber', 'withdrawalReason', 'withdrawalText', 'withdrawnAt'],
  FollowUpConsentState: ['alumnus', 'current', 'history', 'noticeVersion'],
  GroupNote: ['groupId', 'groupName', 'heardOn', 'id', 'kind', 'recordedAt', 'recordedBy', 'text'],
  Field: ['code', 'courses', 'nameEn', 'nameJa', 'years'],
  LeafletQrCode: ['pngDataUrl', 'svg', 'url'],
  LotteryInfo: ['capacity', 'commitment', 'drawnAt', 'entries', 'frozenAt', 'seed'],
  MemberPage: ['items', 'total'],
  MessageParam: ['name', 'value'],
  Mutation: [
    'addGroupNote',
    'addMyActivity',
    'announceCohort',
    'applyAttendanceCsv',
    'applyToCohort',
    'cancelClassSession',
    'changeCohortStatus',
    'changePassword',
    'checkCertificateName',
    'checkIn',
    'closeCheckIn',
    'closeRecruitmentPosting',
    'confirmEmail',
    'confirmTotpEnrolment',
    'correctAlumnusActivity',
    'correctMyActivity',
    'createClassSession',
    'createClassSessions',
    'createCohort',
    'createContractor',
    'createCourse',
    'createNotice',
    'createRecruitmentPosting',
    'createStaffAccount',
    'createSurvey',
    'decideApplication',
    'declineSurvey',
    'disableSecondFactor',
    'drawLottery',
    'endContractor',
    'finishPasskeyRegistration',
    'freezeLottery',
    'issueCertificates',
    'login',
    'loginSecondFactor',
    'logout',
    'markNoticeRead',
    'openCheckIn',
    'overrideCompletion',
    'passkeyLoginOptions',
    'processOfferDeadlines',
    'publishNotice',
    'recordAlumnusActivity',
    'recordFollowUpConsent',
    'recordWithdrawal',
    'recoverLoginId',
    'refreshSession',
    'regenerateRecoveryCodes',
    'register',
    'registerCommunityGroup',
    'reissueCertificate',
    'removePasskey',
    'requestEmailChange',
    'requestLoginIdReminder',
    'requestPasswordReset',
    'resendEmailConfirmation',
    'resetPassword',
    'resetSecondFactor',
    'resetStaffPassword',
    'respondToOffer',
    'reviewRecruitmentPosting',
    'revokeCertificate',
    'runCompletion',
    'runSelection',
    'saveAttendanceGrid',
    'saveSessionAttendance',
    'saveSurveyDraft',
    'scheduleSurvey',
    'setAccountStatus',
    'setApplicationEligibility',
    'setCommunityGroupStatus',
    'setCompletionRule',
    'setCourseAttendanceStatus',
    'setFollowUpConsent',
    'setSurveyQuestions',
    'startPasskeyRegistration',
    'startTotpEnrolment',
    'submitRecruitmentPosting',
    'submitSurveyAnswers',
    'unlockAccount',
    'updateApplication',
    'updateClassSession',
    'updateCohort',
    'updateCommunityGroup',
    'updateContractor',
    'updateCourse',
    'updateMyDetails',
    'updateNotice',
    'updateRecruitmentPosting',
    'updateStaffAccount',
    'withdrawApplication',
    'withdrawEnrollment',
    'withdrawNotice',
  ],
  MyAttendance: ['cohortId', 'enrollment', 'sessions', 'statuses'],
  MyAttendanceRow: ['attendance', 'session', 'statusCode'],
  MySurvey: ['closesOn', 'id', 'invitation', 'questions', 'title'],
  Notice: [
    'audience',
    'body',
    'cohortId',
    'createdAt',
    'fieldCode',
    'id',
    'kind',
    'messageKey',
    'params',
    'publishedAt',
    'read',
    'recipientCount',
    'revisions',
    'title',
    'updatedAt',
    'withdrawReason',
    'withdrawnAt',
  ],
  NoticeRevision: ['actorId', 'at', 'body', 'id', 'kind', 'reason', 'title'],
  Passkey: ['createdAt', 'id', 'lastUsedAt', 'name'],
  PasskeyRegistration: ['optionsJson', 'token'],
  PersonalDataField: ['category', 'entity', 'field', 'purpose', 'purposeJa', 'retention', 'retentionJa'],
  PostingReview: ['contactFlags', 'decision', 'id', 'note', 'reviewedAt', 'reviewerId', 'version'],
  PrivacyNotice: ['purposeEn', 'purposeJa', 'version'],
  PublicGroup: ['districtCode', 'fieldCodes', 'id', 'kind', 'name', 'publicContact', 'publicDescription'],
  PublicLottery: ['academicYear', 'announced', 'capacity', 'cohortId', 'commitment', 'courseId', 'courseTitle', 'drawnAt', 'entries', 'frozenAt', 'seed', 'transcript'],
  PublicNotice: ['body', 'createdAt', 'id', 'title'],
  PublicPosting: ['alumniWelcome', 'districtCode', 'expiresOn', 'fieldCodes', 'group', 'headcount', 'id', 'publishedAt', 'roleDescription', 'schedule', 'title'],
  Query: [
    'application',
    'applicationPage',
    'atRiskOverview',
    'atRiskStudents',
    'attendanceGrid',
    'attendanceStatuses',
    'auditActions',
    'auditEntries',
    'auditLog',
    'certificatePdf',
    'checkInCode',
    'classSession',
    'classSessionCheckIn',
    'cohort',
    'cohortApplications',
    'cohortCertificates',
    'cohortCertificatesBundle',
    'cohortProgress',
    'cohortRoster',
    'communityGroup',
    'communityGroups',
    'completionRule',
    'contractors',
    'course',
    'courses',
    'districts',
    'fields',
    'followUpNoticeVersion',
    'groupDirectory',
    'leafletQrCode',
    'lotteryTranscript',
    'me',
    'member',
    'members',
    'myActivityRecords',
    'myApplications',
    'myAttendance',
    'myCertificatePdf',
    'myCertificates',
    'myCompletions',
    'myFollowUpConsent',
    'myNotices',
    'myProgress',
    'mySurveys',
    'openCohorts',
    'personalDataRegister',
    'previewAttendanceCsv',
    'previewClassSessions',
    'previewCompletion',
    'privacyNotice',
    'publicLottery',
    'publicNotices',
    'publicPosting',
    'publicPostings',
    'recruitmentPosting',
    'recruitmentPostings',
    'rosterCsv',
    'sessionAttendance',
    'siteContact',
    'staffAccounts',
    'staffHome',
    'staffNotices',
    'survey',
    'surveyAnswersCsv',
    'surveyResults',
    'surveys',
    'unreadNoticeCount',
    'verifyCertificate',
  ],
  RecoveryCodes: ['codes'],
  RecoveryResult: ['loginId'],
  RecruitmentPosting: [
    'alumniWelcome',
    'authorId',
    'closeReason',
    'closedAt',
    'contactFlags',
    'createdAt',
    'districtCode',
    'expiresOn',
    'fieldCodes',
    'group',
    'groupId',
    'headcount',
    'id',
    'publishedAt',
    'reviews',
    'roleDescription',
    'schedule',
    'status',
    'submittedAt',
    'title',
    'updatedAt',
    'version',
  ],
  SecondFactorChallenge: ['expiresIn', 'methods', 'token'],
  SecondFactorStatus: ['passkeys', 'recoveryCodesLeft', 'totp'],
  SessionAttendance: ['rows', 'session'],
  SessionAttendanceRow: ['attendance', 'enrollment', 'recorded', 'statusCode'],
  SiteContact: ['email', 'hours', 'phone', 'section'],
  StaffAccountPayload: ['account', 'temporaryPassword'],
  StaffHome: ['applicationsThisYear', 'openCohorts', 'work'],
  StudentProgress: [
    'absences',
    'achievable',
    'attended',
    'bestReachableRate',
    'enrollment',
    'future',
    'minRatePercent',
    'past',
    'planned',
    'rateSoFar',
    'requiredMissed',
    'ruleVersion',
    'state',
  ],
  SurveyChoice: ['key', 'label'],
  SurveyInfo: ['fieldCode', 'id', 'questions', 'title', 'version', 'waves'],
  SurveyInvitation: ['answers', 'id', 'invitedAt', 'respondedAt', 'status', 'waveId'],
  SurveyQuestion: ['choices', 'key', 'kind', 'label', 'required'],
  SurveyQuestionResult: ['answered', 'counts', 'key', 'kind', 'label', 'max', 'mean', 'median', 'min'],
  SurveyResultCount: ['count', 'key', 'label'],
  SurveyResults: ['answered', 'declined', 'invited', 'questions', 'surveyId', 'waveId'],
  SurveyWave: ['closesOn', 'cohortId', 'id', 'offsetMonths', 'openedAt', 'opensOn', 'remindOn', 'remindedAt', 'status', 'surveyId'],
  SurveyWaveInfo: ['answered', 'declined', 'ended', 'invited', 'pending', 'wave'],
  TotpEnrolment: ['otpauthUri', 'qrCodeDataUrl', 'secret'],
};

test('each type exposes exactly its reviewed fields', () => {
  const actual: Record<string, string[]> = {};
  for (const c of coordinates(schema)) (actual[c.type] ??= []).push(c.field);
  for (const fields of Object.values(actual)) fields.sort();
  expect(actual).toEqual(PINNED);
});
