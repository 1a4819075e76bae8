/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n    pendingActions\n    passwordExpiresAt\n  }\n": typeof types.StaffSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query ConsultationProposals($consultationId: ID!) {\n    consultationProposals(consultationId: $consultationId) {\n      kind\n      groupId\n      postingId\n      title\n      groupName\n      score\n      reasons {\n        code\n        points\n        fieldCodes\n        days\n        times\n        districtCode\n        count\n      }\n    }\n  }\n": typeof types.ConsultationProposalsDocument,
    "\n  mutation PursueProposal($consultationId: ID!, $groupId: ID!, $postingId: ID) {\n    pursueProposal(consultationId: $consultationId, groupId: $groupId, postingId: $postingId) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PursueProposalDocument,
    "\n  query ConsultationFormDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.ConsultationFormDistrictsDocument,
    "\n  mutation RecordConsultation($accountId: ID!, $input: ConsultationInput!) {\n    recordConsultation(accountId: $accountId, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RecordConsultationDocument,
    "\n  query DataResidency {\n    dataResidency {\n      database\n      backups\n      mailRelay\n      inJapan\n    }\n  }\n": typeof types.DataResidencyDocument,
    "\n  query DisclosureRequests($accountId: ID!) {\n    disclosureRequests(accountId: $accountId) {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      introductionId\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": typeof types.DisclosureRequestsDocument,
    "\n  query DisclosureGroupOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n  }\n": typeof types.DisclosureGroupOptionsDocument,
    "\n  mutation RequestDisclosure($input: DisclosureRequestInput!) {\n    requestDisclosure(input: $input) {\n      id\n      number\n      status\n      version\n    }\n  }\n": typeof types.RequestDisclosureDocument,
    "\n  mutation WithdrawDisclosureRequest($id: ID!) {\n    withdrawDisclosureRequest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.WithdrawDisclosureRequestDocument,
    "\n  query ConsoleDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n": typeof types.ConsoleDistrictsDocument,
    "\n  mutation ConsoleSaveDistrict($input: DistrictInput!) {\n    saveDistrict(input: $input) {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n": typeof types.ConsoleSaveDistrictDocument,
    "\n  query GroupDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n    }\n  }\n": typeof types.GroupDistrictsDocument,
    "\n  query ConsoleGroupDirectory {\n    groupDirectory {\n      id\n      name\n      kind\n      fieldCodes\n    }\n  }\n": typeof types.ConsoleGroupDirectoryDocument,
    "\n  mutation ArrangeIntroduction($input: IntroductionMeetingInput!) {\n    arrangeIntroduction(input: $input) {\n      id\n      meetingAt\n      place\n      attendedBy\n      version\n    }\n  }\n": typeof types.ArrangeIntroductionDocument,
    "\n  mutation RecordIntroductionOutcome($input: IntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) {\n      id\n      status\n      outcomeReason\n      followUpOn\n      activityRecordId\n      version\n    }\n  }\n": typeof types.RecordIntroductionOutcomeDocument,
    "\n  query LeafletQrCode($postingId: ID) {\n    leafletQrCode(postingId: $postingId) {\n      url\n      pngDataUrl\n      svg\n    }\n  }\n": typeof types.LeafletQrCodeDocument,
    "\n  query ConsoleMemberActivityGroups($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          groupId\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMemberActivityGroupsDocument,
    "\n  mutation ConsoleCorrectAlumnusActivity($input: ActivityCorrectionInput!) {\n    correctAlumnusActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCorrectAlumnusActivityDocument,
    "\n  mutation ConsoleProduceMemberDataExport($accountId: ID!, $channel: DataExportChannel!, $identityChecked: Boolean!) {\n    produceMemberDataExport(accountId: $accountId, channel: $channel, identityChecked: $identityChecked) {\n      fileName\n      json\n      html\n    }\n  }\n": typeof types.ConsoleProduceMemberDataExportDocument,
    "\n  query ConsoleMemberGroupNotes($id: ID!) {\n    member(id: $id) {\n      id\n      groupNotes {\n        id\n        groupName\n        kind\n        text\n        heardOn\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n": typeof types.ConsoleMemberGroupNotesDocument,
    "\n  query ConsoleGroupNoteChoices {\n    groupDirectory {\n      id\n      name\n      districtCode\n    }\n  }\n": typeof types.ConsoleGroupNoteChoicesDocument,
    "\n  mutation ConsoleAddGroupNote($input: GroupNoteInput!) {\n    addGroupNote(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleAddGroupNoteDocument,
    "\n  query PostingFormOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.PostingFormOptionsDocument,
    "\n  query GroupPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      expiresOn\n    }\n  }\n": typeof types.GroupPostingsDocument,
    "\n  query ConsoleSurveyAnswersCsv($surveyId: ID!, $waveId: ID, $withNames: Boolean) {\n    surveyAnswersCsv(surveyId: $surveyId, waveId: $waveId, withNames: $withNames)\n  }\n": typeof types.ConsoleSurveyAnswersCsvDocument,
    "\n  query ConsoleSurveyResults($surveyId: ID!, $waveId: ID) {\n    surveyResults(surveyId: $surveyId, waveId: $waveId) {\n      surveyId\n      waveId\n      invited\n      answered\n      declined\n      questions {\n        key\n        kind\n        label\n        answered\n        counts {\n          key\n          label\n          count\n        }\n        mean\n        median\n        min\n        max\n      }\n    }\n  }\n": typeof types.ConsoleSurveyResultsDocument,
    "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n": typeof types.CourseTitleFragmentDoc,
    "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n    scheduleOutline\n  }\n": typeof types.CourseFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n    resultsOn\n  }\n": typeof types.CohortFieldsFragmentDoc,
    "\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n": typeof types.CohortStatusChangeFragmentDoc,
    "\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n": typeof types.LotteryFieldsFragmentDoc,
    "\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n": typeof types.ApplicationReviewFieldsFragmentDoc,
    "\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n": typeof types.ContractorFieldsFragmentDoc,
    "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    role\n    contractor {\n      id\n      name\n    }\n    status\n    locked\n    passwordExpiresAt\n    secondFactor {\n      totp\n      passkeys\n    }\n  }\n": typeof types.StaffAccountRowFragmentDoc,
    "\n  query CohortApplications(\n    $cohortId: ID!\n    $filter: ApplicationFilter\n    $search: String\n    $orderBy: ApplicationOrder\n    $descending: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    applicationPage(\n      cohortId: $cohortId\n      filter: $filter\n      search: $search\n      orderBy: $orderBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...ApplicationReviewFields\n      }\n    }\n  }\n": typeof types.CohortApplicationsDocument,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n": typeof types.AdminApplicationDocument,
    "\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n": typeof types.SetApplicationEligibilityDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n": typeof types.DecideApplicationDocument,
    "\n  query ConsoleAtRiskOverview {\n    atRiskOverview {\n      cohortId\n      studentCount\n      atRisk\n      notAchievable\n      cohort {\n        id\n        academicYear\n        course {\n          ...CourseTitle\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAtRiskOverviewDocument,
    "\n  query ConsoleAttendanceGrid($cohortId: ID!) {\n    attendanceGrid(cohortId: $cohortId) {\n      cohortId\n      sessions {\n        ...ConsoleClassSession\n      }\n      students {\n        id\n        studentNumber\n        withdrawnAt\n        student {\n          id\n          name\n          nameKana\n        }\n      }\n      cells {\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n": typeof types.ConsoleAttendanceGridDocument,
    "\n  mutation ConsoleSaveAttendanceGrid($cohortId: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) {\n    saveAttendanceGrid(cohortId: $cohortId, cells: $cells, reason: $reason) {\n      cohortId\n    }\n  }\n": typeof types.ConsoleSaveAttendanceGridDocument,
    "\n  query ConsolePreviewAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID) {\n    previewAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId) {\n      layout\n      classSessionIds\n      entryCount\n      errorCount\n      errors {\n        row\n        column\n        columnNumber\n        code\n        value\n      }\n      entries {\n        row\n        column\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n": typeof types.ConsolePreviewAttendanceCsvDocument,
    "\n  mutation ConsoleApplyAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID, $reason: String) {\n    applyAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId, reason: $reason) {\n      entryCount\n      created\n      changed\n    }\n  }\n": typeof types.ConsoleApplyAttendanceCsvDocument,
    "\n  query AuditEntries($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        at\n        actorId\n        actorRole\n        action\n        operation\n        targetType\n        targetIds\n        fields\n        outcome\n        reason\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  fragment StaffAuthPayload on AuthPayload {\n    accessToken\n    refreshToken\n    expiresIn\n    account {\n      ...StaffSession\n    }\n    secondFactor {\n      token\n      methods\n      expiresIn\n    }\n  }\n": typeof types.StaffAuthPayloadFragmentDoc,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      ...StaffAuthPayload\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      ...StaffAuthPayload\n    }\n  }\n": typeof types.LoginSecondFactorDocument,
    "\n  mutation PasskeyLoginOptions($token: String!) {\n    passkeyLoginOptions(token: $token)\n  }\n": typeof types.PasskeyLoginOptionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ConsoleClassSession on ClassSession {\n    id\n    cohortId\n    title\n    kind\n    venue\n    startsAt\n    endsAt\n    countsTowardCompletion\n    requiredForCompletion\n    cancelledAt\n    cancelReason\n    changes {\n      id\n      at\n      kind\n      fromStartsAt\n      fromEndsAt\n      fromVenue\n      toStartsAt\n      toEndsAt\n      toVenue\n      reason\n    }\n  }\n": typeof types.ConsoleClassSessionFragmentDoc,
    "\n  query ConsoleCohortSessions($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n      classSessions {\n        ...ConsoleClassSession\n      }\n    }\n  }\n": typeof types.ConsoleCohortSessionsDocument,
    "\n  mutation ConsoleCreateClassSession($input: ClassSessionInput!) {\n    createClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n": typeof types.ConsoleCreateClassSessionDocument,
    "\n  query ConsolePreviewClassSessions($pattern: ClassSessionPatternInput!) {\n    previewClassSessions(pattern: $pattern) {\n      date\n      startsAt\n      endsAt\n      title\n      venue\n      kind\n      countsTowardCompletion\n    }\n  }\n": typeof types.ConsolePreviewClassSessionsDocument,
    "\n  mutation ConsoleCreateClassSessions($pattern: ClassSessionPatternInput!) {\n    createClassSessions(pattern: $pattern) {\n      ...ConsoleClassSession\n    }\n  }\n": typeof types.ConsoleCreateClassSessionsDocument,
    "\n  mutation ConsoleUpdateClassSession($input: ClassSessionUpdateInput!) {\n    updateClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n": typeof types.ConsoleUpdateClassSessionDocument,
    "\n  mutation ConsoleCancelClassSession($id: ID!, $reason: String!) {\n    cancelClassSession(id: $id, reason: $reason) {\n      ...ConsoleClassSession\n    }\n  }\n": typeof types.ConsoleCancelClassSessionDocument,
    "\n  query ConsoleSessionAttendance($id: ID!) {\n    sessionAttendance(classSessionId: $id) {\n      session {\n        ...ConsoleClassSession\n      }\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n          studentNumber\n          withdrawnAt\n          student {\n            id\n            name\n            nameKana\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSessionAttendanceDocument,
    "\n  query ConsoleSessionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n    }\n  }\n": typeof types.ConsoleSessionCohortDocument,
    "\n  query ConsoleAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      code\n      countsAsAttended\n      sortOrder\n      label\n      labelEn\n    }\n  }\n": typeof types.ConsoleAttendanceStatusesDocument,
    "\n  mutation ConsoleSaveSessionAttendance($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) {\n    saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) {\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSaveSessionAttendanceDocument,
    "\n  query ConsoleCheckInState($id: ID!) {\n    classSessionCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": typeof types.ConsoleCheckInStateDocument,
    "\n  query ConsoleCheckInCode($id: ID!) {\n    checkInCode(classSessionId: $id) {\n      code\n      expiresAt\n      qrDataUrl\n      url\n    }\n  }\n": typeof types.ConsoleCheckInCodeDocument,
    "\n  mutation ConsoleOpenCheckIn($id: ID!) {\n    openCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": typeof types.ConsoleOpenCheckInDocument,
    "\n  mutation ConsoleCloseCheckIn($id: ID!) {\n    closeCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": typeof types.ConsoleCloseCheckInDocument,
    "\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n": typeof types.AdminCohortDetailDocument,
    "\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.ChangeCohortStatusDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": typeof types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  query CompletionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      status\n      startsOn\n      endsOn\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": typeof types.CompletionCohortDocument,
    "\n  query CohortProgress($cohortId: ID!, $decisions: Boolean!) {\n    cohortProgress(cohortId: $cohortId) {\n      attended\n      planned\n      absences\n      future\n      requiredMissed\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      state\n      enrollment {\n        id\n        studentNumber\n        withdrawnAt\n        withdrawalReason\n        student {\n          id\n          name\n          completions @include(if: $decisions) {\n            id\n            enrollmentId\n            outcome\n            overridden\n            overrideReason\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortProgressDocument,
    "\n  query AtRiskStudents($cohortId: ID!) {\n    atRiskStudents(cohortId: $cohortId) {\n      enrollment {\n        id\n      }\n    }\n  }\n": typeof types.AtRiskStudentsDocument,
    "\n  query CompletionRule($courseId: ID!) {\n    completionRule(courseId: $courseId) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n": typeof types.CompletionRuleDocument,
    "\n  mutation SetCompletionRule($input: CompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n": typeof types.SetCompletionRuleDocument,
    "\n  query PreviewCompletion($cohortId: ID!) {\n    previewCompletion(cohortId: $cohortId) {\n      alreadyRun\n      completed\n      notCompleted\n      withdrawn\n      rule {\n        version\n        minRatePercent\n        requireMarkedSessions\n        maxAbsences\n      }\n      students {\n        outcome\n        attended\n        planned\n        rate\n        absences\n        requiredMissed\n        reasons\n        enrollment {\n          id\n          studentNumber\n          student {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PreviewCompletionDocument,
    "\n  mutation RunCompletion($cohortId: ID!) {\n    runCompletion(cohortId: $cohortId) {\n      completed\n      notCompleted\n      withdrawn\n    }\n  }\n": typeof types.RunCompletionDocument,
    "\n  mutation OverrideCompletion($enrollmentId: ID!, $outcome: CompletionOutcome!, $reason: String) {\n    overrideCompletion(enrollmentId: $enrollmentId, outcome: $outcome, reason: $reason) {\n      id\n      outcome\n      overridden\n      overrideReason\n    }\n  }\n": typeof types.OverrideCompletionDocument,
    "\n  mutation RecordWithdrawal($enrollmentId: ID!, $reason: WithdrawalReason!, $text: String) {\n    recordWithdrawal(enrollmentId: $enrollmentId, reason: $reason, text: $text) {\n      id\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.RecordWithdrawalDocument,
    "\n  query CohortCertificates($cohortId: ID!) {\n    cohortCertificates(cohortId: $cohortId) {\n      id\n      number\n      studentNumber\n      holderName\n      issuedAt\n      revokedAt\n      revokeReason\n      copies {\n        id\n        reason\n        issuedAt\n      }\n    }\n  }\n": typeof types.CohortCertificatesDocument,
    "\n  mutation IssueCertificates($cohortId: ID!) {\n    issueCertificates(cohortId: $cohortId) {\n      id\n    }\n  }\n": typeof types.IssueCertificatesDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      id\n      issuedAt\n    }\n  }\n": typeof types.ReissueCertificateDocument,
    "\n  query CertificatePdf($certificateId: ID!) {\n    certificatePdf(certificateId: $certificateId) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n": typeof types.CertificatePdfDocument,
    "\n  query CohortCertificatesBundle($cohortId: ID!, $format: CertificateBundleFormat!) {\n    cohortCertificatesBundle(cohortId: $cohortId, format: $format) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n": typeof types.CohortCertificatesBundleDocument,
    "\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n": typeof types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": typeof types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": typeof types.EndContractorDocument,
    "\n  mutation UpdateContractor($input: ContractorUpdateInput!) {\n    updateContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": typeof types.UpdateContractorDocument,
    "\n  query ConsoleCourseAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n": typeof types.ConsoleCourseAttendanceStatusesDocument,
    "\n  mutation ConsoleSetCourseAttendanceStatus($courseId: ID!, $code: String!, $countsAsAttended: Boolean!, $label: String, $labelEn: String) {\n    setCourseAttendanceStatus(courseId: $courseId, code: $code, countsAsAttended: $countsAsAttended, label: $label, labelEn: $labelEn) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n": typeof types.ConsoleSetCourseAttendanceStatusDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n        applicationOpensAt\n        applicationClosesAt\n      }\n    }\n  }\n": typeof types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n": typeof types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": typeof types.MeDocument,
    "\n  query ConsoleErasureRequests($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      accountId\n      channel\n      reason\n      status\n      requestedAt\n      requestedBy\n      executableFrom\n      cancelledAt\n      executedAt\n    }\n  }\n": typeof types.ConsoleErasureRequestsDocument,
    "\n  mutation ConsoleRecordErasureRequest($accountId: ID!, $channel: ErasureChannel!, $reason: ErasureReason!, $identityChecked: Boolean!) {\n    recordErasureRequest(accountId: $accountId, channel: $channel, reason: $reason, identityChecked: $identityChecked) {\n      id\n      status\n      executableFrom\n    }\n  }\n": typeof types.ConsoleRecordErasureRequestDocument,
    "\n  mutation ConsoleExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      status\n      executedAt\n    }\n  }\n": typeof types.ConsoleExecuteErasureDocument,
    "\n  mutation ConsoleCancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleCancelErasureRequestDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": typeof types.AdminFieldsDocument,
    "\n  query ConsoleMemberActivity($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          version\n          fieldCodes\n          groupName\n          role\n          startedOn\n          endedOn\n          hoursPerMonth\n          source\n          enteredAt\n        }\n        history {\n          id\n          version\n          groupName\n          role\n          startedOn\n          endedOn\n          source\n          enteredAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMemberActivityDocument,
    "\n  mutation ConsoleRecordAlumnusActivity($accountId: ID!, $input: ActivityInput!) {\n    recordAlumnusActivity(accountId: $accountId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordAlumnusActivityDocument,
    "\n  query ConsoleMemberFollowUp($id: ID!) {\n    followUpNoticeVersion\n    member(id: $id) {\n      id\n      completions {\n        id\n        outcome\n      }\n      followUpConsents {\n        id\n        granted\n        version\n        source\n        recordedBy\n        acceptedAt\n      }\n    }\n  }\n": typeof types.ConsoleMemberFollowUpDocument,
    "\n  mutation ConsoleRecordFollowUpConsent($accountId: ID!, $granted: Boolean!, $noticeVersion: String!) {\n    recordFollowUpConsent(accountId: $accountId, granted: $granted, noticeVersion: $noticeVersion) {\n      id\n      granted\n      version\n      source\n      recordedBy\n      acceptedAt\n    }\n  }\n": typeof types.ConsoleRecordFollowUpConsentDocument,
    "\n  query Members($search: String!, $offset: Int!, $limit: Int!) {\n    members(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        loginId\n        name\n        nameKana\n        email\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Member($id: ID!, $withApplications: Boolean!) {\n    member(id: $id) {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      status\n      createdAt\n      changes {\n        id\n        at\n        kind\n        fields\n        byAdministrator\n      }\n      applications @include(if: $withApplications) {\n        id\n        code\n        status\n        submittedAt\n        cohort {\n          id\n          academicYear\n          status\n          course {\n            id\n            title\n            titleEn\n            fieldCode\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberDocument,
    "\n  fragment StaffNoticeFields on Notice {\n    id\n    audience\n    kind\n    title\n    body\n    messageKey\n    cohortId\n    fieldCode\n    createdAt\n    publishedAt\n    withdrawnAt\n    withdrawReason\n    updatedAt\n    recipientCount\n  }\n": typeof types.StaffNoticeFieldsFragmentDoc,
    "\n  query StaffNotices {\n    staffNotices {\n      ...StaffNoticeFields\n    }\n  }\n": typeof types.StaffNoticesDocument,
    "\n  query NoticeRevisions {\n    staffNotices {\n      id\n      revisions {\n        id\n        at\n        actorId\n        kind\n        title\n        body\n        reason\n      }\n    }\n  }\n": typeof types.NoticeRevisionsDocument,
    "\n  mutation CreateNotice($input: NoticeInput!, $draft: Boolean!) {\n    createNotice(input: $input, draft: $draft) {\n      ...StaffNoticeFields\n    }\n  }\n": typeof types.CreateNoticeDocument,
    "\n  mutation PublishNotice($id: ID!) {\n    publishNotice(id: $id) {\n      ...StaffNoticeFields\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation UpdateNotice($input: NoticeUpdateInput!) {\n    updateNotice(input: $input) {\n      ...StaffNoticeFields\n    }\n  }\n": typeof types.UpdateNoticeDocument,
    "\n  mutation WithdrawNotice($id: ID!, $reason: String!) {\n    withdrawNotice(id: $id, reason: $reason) {\n      ...StaffNoticeFields\n    }\n  }\n": typeof types.WithdrawNoticeDocument,
    "\n  query PersonalDataRegister {\n    personalDataRegister {\n      entity\n      field\n      category\n      purpose\n      retention\n      purposeJa\n      retentionJa\n      readableBy\n    }\n  }\n": typeof types.PersonalDataRegisterDocument,
    "\n  query ConsolePrivacyNoticeVersions {\n    privacyNoticeVersions {\n      id\n      version\n      textJa\n      textEn\n      effectiveFrom\n      publishedAt\n      state\n      acceptedCount\n      declinedCount\n    }\n  }\n": typeof types.ConsolePrivacyNoticeVersionsDocument,
    "\n  mutation ConsolePublishPrivacyNotice($input: PrivacyNoticeInput!) {\n    publishPrivacyNotice(input: $input) {\n      id\n      version\n      state\n      effectiveFrom\n    }\n  }\n": typeof types.ConsolePublishPrivacyNoticeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n": typeof types.RequestLoginIdReminderDocument,
    "\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n": typeof types.RecoverLoginIdDocument,
    "\n  fragment ConsoleReportingClientFields on ReportingClient {\n    id\n    name\n    purpose\n    allowedOperations\n    allowedAddressRanges\n    expiresAt\n    status\n    createdAt\n    tokenIssuedAt\n    revokedAt\n  }\n": typeof types.ConsoleReportingClientFieldsFragmentDoc,
    "\n  query ConsoleReportingClients {\n    reportingClients {\n      ...ConsoleReportingClientFields\n    }\n    reportingOperations {\n      name\n      sha256\n    }\n  }\n": typeof types.ConsoleReportingClientsDocument,
    "\n  mutation ConsoleCreateReportingClient($input: ReportingClientInput!) {\n    createReportingClient(input: $input) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n": typeof types.ConsoleCreateReportingClientDocument,
    "\n  mutation ConsoleRotateReportingClientToken($id: ID!) {\n    rotateReportingClientToken(id: $id) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n": typeof types.ConsoleRotateReportingClientTokenDocument,
    "\n  mutation ConsoleRevokeReportingClient($id: ID!) {\n    revokeReportingClient(id: $id) {\n      ...ConsoleReportingClientFields\n    }\n  }\n": typeof types.ConsoleRevokeReportingClientDocument,
    "\n  fragment ReportCount on FigureCell {\n    value\n    suppressed\n  }\n": typeof types.ReportCountFragmentDoc,
    "\n  fragment ReportRate on RateCell {\n    value\n    suppressed\n  }\n": typeof types.ReportRateFragmentDoc,
    "\n  fragment ReportFieldFigures on FieldFigures {\n    fieldCode\n    applications {\n      ...ReportCount\n    }\n    eligible {\n      ...ReportCount\n    }\n    accepted {\n      ...ReportCount\n    }\n    enrolled {\n      ...ReportCount\n    }\n    withdrawn {\n      ...ReportCount\n    }\n    completed {\n      ...ReportCount\n    }\n    notCompleted {\n      ...ReportCount\n    }\n    completionRate {\n      ...ReportRate\n    }\n    meanAttendanceRate {\n      ...ReportRate\n    }\n  }\n": typeof types.ReportFieldFiguresFragmentDoc,
    "\n  fragment ReportSurveyFigures on SurveyFieldFigures {\n    fieldCode\n    invited {\n      ...ReportCount\n    }\n    answered {\n      ...ReportCount\n    }\n    notAnswered {\n      ...ReportCount\n    }\n    responseRate {\n      ...ReportRate\n    }\n  }\n": typeof types.ReportSurveyFiguresFragmentDoc,
    "\n  fragment ReportBasisTable on BasisTable {\n    rows {\n      fieldCode\n      cells {\n        basis\n        count {\n          ...ReportCount\n        }\n      }\n      total {\n        ...ReportCount\n      }\n    }\n    columnTotals {\n      basis\n      count {\n        ...ReportCount\n      }\n    }\n    grandTotal {\n      ...ReportCount\n    }\n  }\n": typeof types.ReportBasisTableFragmentDoc,
    "\n  query ReportEnrollment($year: Int!, $fromYear: Int!) {\n    enrollmentFigures(academicYear: $year) {\n      academicYear\n      threshold\n      fields {\n        ...ReportFieldFigures\n      }\n      total {\n        ...ReportFieldFigures\n      }\n      withdrawnByReason {\n        reason\n        count {\n          ...ReportCount\n        }\n      }\n    }\n    enrollmentTrend(fromYear: $fromYear, toYear: $year) {\n      academicYear\n      fields {\n        fieldCode\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n      total {\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n    }\n  }\n": typeof types.ReportEnrollmentDocument,
    "\n  query ReportActivityMatrix($matrixYear: Int) {\n    studiedActiveMatrix(academicYear: $matrixYear) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          activeField\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        activeField\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n    }\n  }\n": typeof types.ReportActivityMatrixDocument,
    "\n  query ReportSurveyRates($year: Int!) {\n    surveyResponseRates(academicYear: $year) {\n      academicYear\n      waves {\n        offsetMonths\n        fields {\n          ...ReportSurveyFigures\n        }\n        total {\n          ...ReportSurveyFigures\n        }\n      }\n    }\n  }\n": typeof types.ReportSurveyRatesDocument,
    "\n  query ReportIntroductions($year: Int!) {\n    introductionOutcomes(academicYear: $year) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          status\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        status\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n      joinedRate {\n        ...ReportRate\n      }\n    }\n  }\n": typeof types.ReportIntroductionsDocument,
    "\n  query ReportEligibility($year: Int!) {\n    eligibilityFigures(academicYear: $year) {\n      academicYear\n      applications {\n        ...ReportBasisTable\n      }\n      completions {\n        ...ReportBasisTable\n      }\n    }\n  }\n": typeof types.ReportEligibilityDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      id\n      descriptionJa\n      setting\n      value\n      unit\n    }\n  }\n": typeof types.RetentionRulesDocument,
    "\n  query RetentionDryRun {\n    retentionDryRun {\n      ruleId\n      rows\n      people\n    }\n  }\n": typeof types.RetentionDryRunDocument,
    "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n": typeof types.CohortRosterDocument,
    "\n  query RosterCsv($cohortId: ID!, $format: RosterCsvFormat!) {\n    rosterCsv(cohortId: $cohortId, format: $format)\n  }\n": typeof types.RosterCsvDocument,
    "\n  query MySecurity {\n    me {\n      id\n      secondFactor {\n        totp\n        passkeys\n        recoveryCodesLeft\n      }\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      token\n      optionsJson\n    }\n  }\n": typeof types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($token: String!, $responseJson: String!, $name: String!) {\n    finishPasskeyRegistration(token: $token, responseJson: $responseJson, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.RunSelectionDocument,
    "\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n": typeof types.FreezeLotteryDocument,
    "\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n": typeof types.DrawLotteryDocument,
    "\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.AnnounceCohortDocument,
    "\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.ProcessOfferDeadlinesDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": typeof types.LotteryTranscriptDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
    "\n  mutation ResetStaffPassword($accountId: ID!) {\n    resetStaffPassword(accountId: $accountId) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  mutation UnlockAccount($accountId: ID!) {\n    unlockAccount(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation SetAccountStatus($accountId: ID!, $status: AccountStatus!) {\n    setAccountStatus(accountId: $accountId, status: $status) {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.SetAccountStatusDocument,
    "\n  mutation ResetSecondFactor($accountId: ID!) {\n    resetSecondFactor(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.ResetSecondFactorDocument,
    "\n  mutation UpdateStaffAccount($input: StaffAccountUpdateInput!) {\n    updateStaffAccount(input: $input) {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.UpdateStaffAccountDocument,
    "\n  query StaffHome {\n    staffHome {\n      openCohorts\n      applicationsThisYear\n      work {\n        cohort {\n          id\n          academicYear\n          status\n          selectionMethod\n          applicationClosesAt\n          course {\n            ...CourseTitle\n          }\n        }\n        applicationsToReview\n        lotteryToFreeze\n        lotteryToDraw\n        resultsToAnnounce\n        offersLapsingSoon\n        nextDeadline\n      }\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  fragment ConsoleSurvey on SurveyInfo {\n    id\n    title\n    fieldCode\n    version\n    questions {\n      key\n      kind\n      label\n      required\n      choices {\n        key\n        label\n      }\n    }\n    waves {\n      wave {\n        id\n        cohortId\n        offsetMonths\n        opensOn\n        remindOn\n        closesOn\n        status\n      }\n      invited\n      answered\n      declined\n      pending\n      ended\n    }\n  }\n": typeof types.ConsoleSurveyFragmentDoc,
    "\n  query ConsoleSurveys {\n    surveys {\n      ...ConsoleSurvey\n    }\n  }\n": typeof types.ConsoleSurveysDocument,
    "\n  mutation ConsoleCreateSurvey($title: String!, $fieldCode: FieldCode, $questions: [SurveyQuestionInput!]!) {\n    createSurvey(title: $title, fieldCode: $fieldCode, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n": typeof types.ConsoleCreateSurveyDocument,
    "\n  mutation ConsoleScheduleSurvey($input: SurveyScheduleInput!) {\n    scheduleSurvey(input: $input) {\n      ...ConsoleSurvey\n    }\n  }\n": typeof types.ConsoleScheduleSurveyDocument,
    "\n  query ConsultationDetail($id: ID!) {\n    consultation(id: $id) {\n      id\n      accountId\n      status\n      source\n      postingId\n      recordedBy\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      closeReason\n      createdAt\n      updatedAt\n      version\n      introductions {\n        id\n        groupId\n        group {\n          name\n        }\n        postingId\n        meetingAt\n        place\n        attendedBy\n        status\n        outcomeReason\n        followUpOn\n        activityRecordId\n        version\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.ConsultationDetailDocument,
    "\n  query ConsultationMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      loginId\n    }\n  }\n": typeof types.ConsultationMemberDocument,
    "\n  mutation SetConsultationStatus($input: ConsultationStatusInput!) {\n    setConsultationStatus(input: $input) {\n      id\n      status\n      closeReason\n      version\n    }\n  }\n": typeof types.SetConsultationStatusDocument,
    "\n  query Consultations($status: ConsultationStatus) {\n    consultations(status: $status) {\n      id\n      accountId\n      status\n      source\n      fieldCodes\n      districtCode\n      days\n      times\n      createdAt\n      updatedAt\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.ConsultationsDocument,
    "\n  query CommunityGroupDetail($id: ID!) {\n    communityGroup(id: $id) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      representativeName\n      representativePhone\n      representativeEmail\n      interviewedOn\n      interviewedBy\n      interviewNotes\n      status\n      statusReason\n      version\n      createdAt\n      updatedAt\n      revisions {\n        id\n        version\n        changedFields\n        publicAfter\n        reason\n        changedBy\n        changedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.CommunityGroupDetailDocument,
    "\n  mutation UpdateCommunityGroup($id: ID!, $expectedVersion: Int!, $input: CommunityGroupInput!) {\n    updateCommunityGroup(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCommunityGroupDocument,
    "\n  mutation SetCommunityGroupStatus($input: CommunityGroupStatusInput!) {\n    setCommunityGroupStatus(input: $input) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": typeof types.SetCommunityGroupStatusDocument,
    "\n  query CommunityGroups($status: GroupStatus, $fieldCode: FieldCode, $districtCode: String, $text: String) {\n    communityGroups(status: $status, fieldCode: $fieldCode, districtCode: $districtCode, text: $text) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      status\n      interviewedOn\n      version\n    }\n  }\n": typeof types.CommunityGroupsDocument,
    "\n  query GroupListDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.GroupListDistrictsDocument,
    "\n  mutation RegisterCommunityGroup($input: CommunityGroupInput!) {\n    registerCommunityGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.RegisterCommunityGroupDocument,
    "\n  mutation ProduceIntroductionSheet($requestId: ID!) {\n    produceIntroductionSheet(requestId: $requestId) {\n      requestId\n      number\n      generatedOn\n      validUntil\n      groupName\n      purpose\n      entries {\n        field\n        value\n      }\n    }\n  }\n": typeof types.ProduceIntroductionSheetDocument,
    "\n  query RecruitmentPostingDetail($id: ID!) {\n    recruitmentPosting(id: $id) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      status\n      version\n      authorId\n      contactFlags\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      closedAt\n      closeReason\n      group {\n        id\n        name\n      }\n      reviews {\n        id\n        version\n        decision\n        reviewerId\n        note\n        contactFlags\n        reviewedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.RecruitmentPostingDetailDocument,
    "\n  mutation UpdateRecruitmentPosting($id: ID!, $expectedVersion: Int!, $input: PostingInput!) {\n    updateRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateRecruitmentPostingDocument,
    "\n  mutation SubmitRecruitmentPosting($id: ID!, $expectedVersion: Int!) {\n    submitRecruitmentPosting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitRecruitmentPostingDocument,
    "\n  mutation ReviewRecruitmentPosting($input: PostingReviewInput!) {\n    reviewRecruitmentPosting(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReviewRecruitmentPostingDocument,
    "\n  mutation CloseRecruitmentPosting($id: ID!, $expectedVersion: Int!, $reason: String) {\n    closeRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CloseRecruitmentPostingDocument,
    "\n  query RecruitmentPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      fieldCodes\n      expiresOn\n      submittedAt\n      updatedAt\n      authorId\n      contactFlags\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecruitmentPostingsDocument,
    "\n  mutation CreateRecruitmentPosting($input: PostingInput!) {\n    createRecruitmentPosting(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.CreateRecruitmentPostingDocument,
    "\n  mutation ConsoleSetSurveyQuestions($id: ID!, $questions: [SurveyQuestionInput!]!) {\n    setSurveyQuestions(id: $id, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n": typeof types.ConsoleSetSurveyQuestionsDocument,
};
const documents: Documents = {
    "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n    pendingActions\n    passwordExpiresAt\n  }\n": types.StaffSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query ConsultationProposals($consultationId: ID!) {\n    consultationProposals(consultationId: $consultationId) {\n      kind\n      groupId\n      postingId\n      title\n      groupName\n      score\n      reasons {\n        code\n        points\n        fieldCodes\n        days\n        times\n        districtCode\n        count\n      }\n    }\n  }\n": types.ConsultationProposalsDocument,
    "\n  mutation PursueProposal($consultationId: ID!, $groupId: ID!, $postingId: ID) {\n    pursueProposal(consultationId: $consultationId, groupId: $groupId, postingId: $postingId) {\n      id\n      status\n      version\n    }\n  }\n": types.PursueProposalDocument,
    "\n  query ConsultationFormDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.ConsultationFormDistrictsDocument,
    "\n  mutation RecordConsultation($accountId: ID!, $input: ConsultationInput!) {\n    recordConsultation(accountId: $accountId, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.RecordConsultationDocument,
    "\n  query DataResidency {\n    dataResidency {\n      database\n      backups\n      mailRelay\n      inJapan\n    }\n  }\n": types.DataResidencyDocument,
    "\n  query DisclosureRequests($accountId: ID!) {\n    disclosureRequests(accountId: $accountId) {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      introductionId\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": types.DisclosureRequestsDocument,
    "\n  query DisclosureGroupOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n  }\n": types.DisclosureGroupOptionsDocument,
    "\n  mutation RequestDisclosure($input: DisclosureRequestInput!) {\n    requestDisclosure(input: $input) {\n      id\n      number\n      status\n      version\n    }\n  }\n": types.RequestDisclosureDocument,
    "\n  mutation WithdrawDisclosureRequest($id: ID!) {\n    withdrawDisclosureRequest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n": types.WithdrawDisclosureRequestDocument,
    "\n  query ConsoleDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n": types.ConsoleDistrictsDocument,
    "\n  mutation ConsoleSaveDistrict($input: DistrictInput!) {\n    saveDistrict(input: $input) {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n": types.ConsoleSaveDistrictDocument,
    "\n  query GroupDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n    }\n  }\n": types.GroupDistrictsDocument,
    "\n  query ConsoleGroupDirectory {\n    groupDirectory {\n      id\n      name\n      kind\n      fieldCodes\n    }\n  }\n": types.ConsoleGroupDirectoryDocument,
    "\n  mutation ArrangeIntroduction($input: IntroductionMeetingInput!) {\n    arrangeIntroduction(input: $input) {\n      id\n      meetingAt\n      place\n      attendedBy\n      version\n    }\n  }\n": types.ArrangeIntroductionDocument,
    "\n  mutation RecordIntroductionOutcome($input: IntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) {\n      id\n      status\n      outcomeReason\n      followUpOn\n      activityRecordId\n      version\n    }\n  }\n": types.RecordIntroductionOutcomeDocument,
    "\n  query LeafletQrCode($postingId: ID) {\n    leafletQrCode(postingId: $postingId) {\n      url\n      pngDataUrl\n      svg\n    }\n  }\n": types.LeafletQrCodeDocument,
    "\n  query ConsoleMemberActivityGroups($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          groupId\n        }\n      }\n    }\n  }\n": types.ConsoleMemberActivityGroupsDocument,
    "\n  mutation ConsoleCorrectAlumnusActivity($input: ActivityCorrectionInput!) {\n    correctAlumnusActivity(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCorrectAlumnusActivityDocument,
    "\n  mutation ConsoleProduceMemberDataExport($accountId: ID!, $channel: DataExportChannel!, $identityChecked: Boolean!) {\n    produceMemberDataExport(accountId: $accountId, channel: $channel, identityChecked: $identityChecked) {\n      fileName\n      json\n      html\n    }\n  }\n": types.ConsoleProduceMemberDataExportDocument,
    "\n  query ConsoleMemberGroupNotes($id: ID!) {\n    member(id: $id) {\n      id\n      groupNotes {\n        id\n        groupName\n        kind\n        text\n        heardOn\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n": types.ConsoleMemberGroupNotesDocument,
    "\n  query ConsoleGroupNoteChoices {\n    groupDirectory {\n      id\n      name\n      districtCode\n    }\n  }\n": types.ConsoleGroupNoteChoicesDocument,
    "\n  mutation ConsoleAddGroupNote($input: GroupNoteInput!) {\n    addGroupNote(input: $input) {\n      id\n    }\n  }\n": types.ConsoleAddGroupNoteDocument,
    "\n  query PostingFormOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.PostingFormOptionsDocument,
    "\n  query GroupPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      expiresOn\n    }\n  }\n": types.GroupPostingsDocument,
    "\n  query ConsoleSurveyAnswersCsv($surveyId: ID!, $waveId: ID, $withNames: Boolean) {\n    surveyAnswersCsv(surveyId: $surveyId, waveId: $waveId, withNames: $withNames)\n  }\n": types.ConsoleSurveyAnswersCsvDocument,
    "\n  query ConsoleSurveyResults($surveyId: ID!, $waveId: ID) {\n    surveyResults(surveyId: $surveyId, waveId: $waveId) {\n      surveyId\n      waveId\n      invited\n      answered\n      declined\n      questions {\n        key\n        kind\n        label\n        answered\n        counts {\n          key\n          label\n          count\n        }\n        mean\n        median\n        min\n        max\n      }\n    }\n  }\n": types.ConsoleSurveyResultsDocument,
    "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n": types.CourseTitleFragmentDoc,
    "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n    scheduleOutline\n  }\n": types.CourseFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n    resultsOn\n  }\n": types.CohortFieldsFragmentDoc,
    "\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n": types.CohortStatusChangeFragmentDoc,
    "\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n": types.LotteryFieldsFragmentDoc,
    "\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n": types.ApplicationReviewFieldsFragmentDoc,
    "\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n": types.ContractorFieldsFragmentDoc,
    "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    role\n    contractor {\n      id\n      name\n    }\n    status\n    locked\n    passwordExpiresAt\n    secondFactor {\n      totp\n      passkeys\n    }\n  }\n": types.StaffAccountRowFragmentDoc,
    "\n  query CohortApplications(\n    $cohortId: ID!\n    $filter: ApplicationFilter\n    $search: String\n    $orderBy: ApplicationOrder\n    $descending: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    applicationPage(\n      cohortId: $cohortId\n      filter: $filter\n      search: $search\n      orderBy: $orderBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...ApplicationReviewFields\n      }\n    }\n  }\n": types.CohortApplicationsDocument,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n": types.AdminApplicationDocument,
    "\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n": types.SetApplicationEligibilityDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n": types.DecideApplicationDocument,
    "\n  query ConsoleAtRiskOverview {\n    atRiskOverview {\n      cohortId\n      studentCount\n      atRisk\n      notAchievable\n      cohort {\n        id\n        academicYear\n        course {\n          ...CourseTitle\n        }\n      }\n    }\n  }\n": types.ConsoleAtRiskOverviewDocument,
    "\n  query ConsoleAttendanceGrid($cohortId: ID!) {\n    attendanceGrid(cohortId: $cohortId) {\n      cohortId\n      sessions {\n        ...ConsoleClassSession\n      }\n      students {\n        id\n        studentNumber\n        withdrawnAt\n        student {\n          id\n          name\n          nameKana\n        }\n      }\n      cells {\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n": types.ConsoleAttendanceGridDocument,
    "\n  mutation ConsoleSaveAttendanceGrid($cohortId: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) {\n    saveAttendanceGrid(cohortId: $cohortId, cells: $cells, reason: $reason) {\n      cohortId\n    }\n  }\n": types.ConsoleSaveAttendanceGridDocument,
    "\n  query ConsolePreviewAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID) {\n    previewAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId) {\n      layout\n      classSessionIds\n      entryCount\n      errorCount\n      errors {\n        row\n        column\n        columnNumber\n        code\n        value\n      }\n      entries {\n        row\n        column\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n": types.ConsolePreviewAttendanceCsvDocument,
    "\n  mutation ConsoleApplyAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID, $reason: String) {\n    applyAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId, reason: $reason) {\n      entryCount\n      created\n      changed\n    }\n  }\n": types.ConsoleApplyAttendanceCsvDocument,
    "\n  query AuditEntries($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        at\n        actorId\n        actorRole\n        action\n        operation\n        targetType\n        targetIds\n        fields\n        outcome\n        reason\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  fragment StaffAuthPayload on AuthPayload {\n    accessToken\n    refreshToken\n    expiresIn\n    account {\n      ...StaffSession\n    }\n    secondFactor {\n      token\n      methods\n      expiresIn\n    }\n  }\n": types.StaffAuthPayloadFragmentDoc,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      ...StaffAuthPayload\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      ...StaffAuthPayload\n    }\n  }\n": types.LoginSecondFactorDocument,
    "\n  mutation PasskeyLoginOptions($token: String!) {\n    passkeyLoginOptions(token: $token)\n  }\n": types.PasskeyLoginOptionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ConsoleClassSession on ClassSession {\n    id\n    cohortId\n    title\n    kind\n    venue\n    startsAt\n    endsAt\n    countsTowardCompletion\n    requiredForCompletion\n    cancelledAt\n    cancelReason\n    changes {\n      id\n      at\n      kind\n      fromStartsAt\n      fromEndsAt\n      fromVenue\n      toStartsAt\n      toEndsAt\n      toVenue\n      reason\n    }\n  }\n": types.ConsoleClassSessionFragmentDoc,
    "\n  query ConsoleCohortSessions($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n      classSessions {\n        ...ConsoleClassSession\n      }\n    }\n  }\n": types.ConsoleCohortSessionsDocument,
    "\n  mutation ConsoleCreateClassSession($input: ClassSessionInput!) {\n    createClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n": types.ConsoleCreateClassSessionDocument,
    "\n  query ConsolePreviewClassSessions($pattern: ClassSessionPatternInput!) {\n    previewClassSessions(pattern: $pattern) {\n      date\n      startsAt\n      endsAt\n      title\n      venue\n      kind\n      countsTowardCompletion\n    }\n  }\n": types.ConsolePreviewClassSessionsDocument,
    "\n  mutation ConsoleCreateClassSessions($pattern: ClassSessionPatternInput!) {\n    createClassSessions(pattern: $pattern) {\n      ...ConsoleClassSession\n    }\n  }\n": types.ConsoleCreateClassSessionsDocument,
    "\n  mutation ConsoleUpdateClassSession($input: ClassSessionUpdateInput!) {\n    updateClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n": types.ConsoleUpdateClassSessionDocument,
    "\n  mutation ConsoleCancelClassSession($id: ID!, $reason: String!) {\n    cancelClassSession(id: $id, reason: $reason) {\n      ...ConsoleClassSession\n    }\n  }\n": types.ConsoleCancelClassSessionDocument,
    "\n  query ConsoleSessionAttendance($id: ID!) {\n    sessionAttendance(classSessionId: $id) {\n      session {\n        ...ConsoleClassSession\n      }\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n          studentNumber\n          withdrawnAt\n          student {\n            id\n            name\n            nameKana\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleSessionAttendanceDocument,
    "\n  query ConsoleSessionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n    }\n  }\n": types.ConsoleSessionCohortDocument,
    "\n  query ConsoleAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      code\n      countsAsAttended\n      sortOrder\n      label\n      labelEn\n    }\n  }\n": types.ConsoleAttendanceStatusesDocument,
    "\n  mutation ConsoleSaveSessionAttendance($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) {\n    saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) {\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n        }\n      }\n    }\n  }\n": types.ConsoleSaveSessionAttendanceDocument,
    "\n  query ConsoleCheckInState($id: ID!) {\n    classSessionCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": types.ConsoleCheckInStateDocument,
    "\n  query ConsoleCheckInCode($id: ID!) {\n    checkInCode(classSessionId: $id) {\n      code\n      expiresAt\n      qrDataUrl\n      url\n    }\n  }\n": types.ConsoleCheckInCodeDocument,
    "\n  mutation ConsoleOpenCheckIn($id: ID!) {\n    openCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": types.ConsoleOpenCheckInDocument,
    "\n  mutation ConsoleCloseCheckIn($id: ID!) {\n    closeCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n": types.ConsoleCloseCheckInDocument,
    "\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n": types.AdminCohortDetailDocument,
    "\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n": types.ChangeCohortStatusDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  query CompletionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      status\n      startsOn\n      endsOn\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": types.CompletionCohortDocument,
    "\n  query CohortProgress($cohortId: ID!, $decisions: Boolean!) {\n    cohortProgress(cohortId: $cohortId) {\n      attended\n      planned\n      absences\n      future\n      requiredMissed\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      state\n      enrollment {\n        id\n        studentNumber\n        withdrawnAt\n        withdrawalReason\n        student {\n          id\n          name\n          completions @include(if: $decisions) {\n            id\n            enrollmentId\n            outcome\n            overridden\n            overrideReason\n          }\n        }\n      }\n    }\n  }\n": types.CohortProgressDocument,
    "\n  query AtRiskStudents($cohortId: ID!) {\n    atRiskStudents(cohortId: $cohortId) {\n      enrollment {\n        id\n      }\n    }\n  }\n": types.AtRiskStudentsDocument,
    "\n  query CompletionRule($courseId: ID!) {\n    completionRule(courseId: $courseId) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n": types.CompletionRuleDocument,
    "\n  mutation SetCompletionRule($input: CompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n": types.SetCompletionRuleDocument,
    "\n  query PreviewCompletion($cohortId: ID!) {\n    previewCompletion(cohortId: $cohortId) {\n      alreadyRun\n      completed\n      notCompleted\n      withdrawn\n      rule {\n        version\n        minRatePercent\n        requireMarkedSessions\n        maxAbsences\n      }\n      students {\n        outcome\n        attended\n        planned\n        rate\n        absences\n        requiredMissed\n        reasons\n        enrollment {\n          id\n          studentNumber\n          student {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PreviewCompletionDocument,
    "\n  mutation RunCompletion($cohortId: ID!) {\n    runCompletion(cohortId: $cohortId) {\n      completed\n      notCompleted\n      withdrawn\n    }\n  }\n": types.RunCompletionDocument,
    "\n  mutation OverrideCompletion($enrollmentId: ID!, $outcome: CompletionOutcome!, $reason: String) {\n    overrideCompletion(enrollmentId: $enrollmentId, outcome: $outcome, reason: $reason) {\n      id\n      outcome\n      overridden\n      overrideReason\n    }\n  }\n": types.OverrideCompletionDocument,
    "\n  mutation RecordWithdrawal($enrollmentId: ID!, $reason: WithdrawalReason!, $text: String) {\n    recordWithdrawal(enrollmentId: $enrollmentId, reason: $reason, text: $text) {\n      id\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.RecordWithdrawalDocument,
    "\n  query CohortCertificates($cohortId: ID!) {\n    cohortCertificates(cohortId: $cohortId) {\n      id\n      number\n      studentNumber\n      holderName\n      issuedAt\n      revokedAt\n      revokeReason\n      copies {\n        id\n        reason\n        issuedAt\n      }\n    }\n  }\n": types.CohortCertificatesDocument,
    "\n  mutation IssueCertificates($cohortId: ID!) {\n    issueCertificates(cohortId: $cohortId) {\n      id\n    }\n  }\n": types.IssueCertificatesDocument,
    "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      id\n      issuedAt\n    }\n  }\n": types.ReissueCertificateDocument,
    "\n  query CertificatePdf($certificateId: ID!) {\n    certificatePdf(certificateId: $certificateId) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n": types.CertificatePdfDocument,
    "\n  query CohortCertificatesBundle($cohortId: ID!, $format: CertificateBundleFormat!) {\n    cohortCertificatesBundle(cohortId: $cohortId, format: $format) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n": types.CohortCertificatesBundleDocument,
    "\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n": types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": types.EndContractorDocument,
    "\n  mutation UpdateContractor($input: ContractorUpdateInput!) {\n    updateContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": types.UpdateContractorDocument,
    "\n  query ConsoleCourseAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n": types.ConsoleCourseAttendanceStatusesDocument,
    "\n  mutation ConsoleSetCourseAttendanceStatus($courseId: ID!, $code: String!, $countsAsAttended: Boolean!, $label: String, $labelEn: String) {\n    setCourseAttendanceStatus(courseId: $courseId, code: $code, countsAsAttended: $countsAsAttended, label: $label, labelEn: $labelEn) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n": types.ConsoleSetCourseAttendanceStatusDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n        applicationOpensAt\n        applicationClosesAt\n      }\n    }\n  }\n": types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n": types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": types.MeDocument,
    "\n  query ConsoleErasureRequests($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      accountId\n      channel\n      reason\n      status\n      requestedAt\n      requestedBy\n      executableFrom\n      cancelledAt\n      executedAt\n    }\n  }\n": types.ConsoleErasureRequestsDocument,
    "\n  mutation ConsoleRecordErasureRequest($accountId: ID!, $channel: ErasureChannel!, $reason: ErasureReason!, $identityChecked: Boolean!) {\n    recordErasureRequest(accountId: $accountId, channel: $channel, reason: $reason, identityChecked: $identityChecked) {\n      id\n      status\n      executableFrom\n    }\n  }\n": types.ConsoleRecordErasureRequestDocument,
    "\n  mutation ConsoleExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      status\n      executedAt\n    }\n  }\n": types.ConsoleExecuteErasureDocument,
    "\n  mutation ConsoleCancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.ConsoleCancelErasureRequestDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": types.AdminFieldsDocument,
    "\n  query ConsoleMemberActivity($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          version\n          fieldCodes\n          groupName\n          role\n          startedOn\n          endedOn\n          hoursPerMonth\n          source\n          enteredAt\n        }\n        history {\n          id\n          version\n          groupName\n          role\n          startedOn\n          endedOn\n          source\n          enteredAt\n        }\n      }\n    }\n  }\n": types.ConsoleMemberActivityDocument,
    "\n  mutation ConsoleRecordAlumnusActivity($accountId: ID!, $input: ActivityInput!) {\n    recordAlumnusActivity(accountId: $accountId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleRecordAlumnusActivityDocument,
    "\n  query ConsoleMemberFollowUp($id: ID!) {\n    followUpNoticeVersion\n    member(id: $id) {\n      id\n      completions {\n        id\n        outcome\n      }\n      followUpConsents {\n        id\n        granted\n        version\n        source\n        recordedBy\n        acceptedAt\n      }\n    }\n  }\n": types.ConsoleMemberFollowUpDocument,
    "\n  mutation ConsoleRecordFollowUpConsent($accountId: ID!, $granted: Boolean!, $noticeVersion: String!) {\n    recordFollowUpConsent(accountId: $accountId, granted: $granted, noticeVersion: $noticeVersion) {\n      id\n      granted\n      version\n      source\n      recordedBy\n      acceptedAt\n    }\n  }\n": types.ConsoleRecordFollowUpConsentDocument,
    "\n  query Members($search: String!, $offset: Int!, $limit: Int!) {\n    members(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        loginId\n        name\n        nameKana\n        email\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query Member($id: ID!, $withApplications: Boolean!) {\n    member(id: $id) {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      status\n      createdAt\n      changes {\n        id\n        at\n        kind\n        fields\n        byAdministrator\n      }\n      applications @include(if: $withApplications) {\n        id\n        code\n        status\n        submittedAt\n        cohort {\n          id\n          academicYear\n          status\n          course {\n            id\n            title\n            titleEn\n            fieldCode\n          }\n        }\n      }\n    }\n  }\n": types.MemberDocument,
    "\n  fragment StaffNoticeFields on Notice {\n    id\n    audience\n    kind\n    title\n    body\n    messageKey\n    cohortId\n    fieldCode\n    createdAt\n    publishedAt\n    withdrawnAt\n    withdrawReason\n    updatedAt\n    recipientCount\n  }\n": types.StaffNoticeFieldsFragmentDoc,
    "\n  query StaffNotices {\n    staffNotices {\n      ...StaffNoticeFields\n    }\n  }\n": types.StaffNoticesDocument,
    "\n  query NoticeRevisions {\n    staffNotices {\n      id\n      revisions {\n        id\n        at\n        actorId\n        kind\n        title\n        body\n        reason\n      }\n    }\n  }\n": types.NoticeRevisionsDocument,
    "\n  mutation CreateNotice($input: NoticeInput!, $draft: Boolean!) {\n    createNotice(input: $input, draft: $draft) {\n      ...StaffNoticeFields\n    }\n  }\n": types.CreateNoticeDocument,
    "\n  mutation PublishNotice($id: ID!) {\n    publishNotice(id: $id) {\n      ...StaffNoticeFields\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation UpdateNotice($input: NoticeUpdateInput!) {\n    updateNotice(input: $input) {\n      ...StaffNoticeFields\n    }\n  }\n": types.UpdateNoticeDocument,
    "\n  mutation WithdrawNotice($id: ID!, $reason: String!) {\n    withdrawNotice(id: $id, reason: $reason) {\n      ...StaffNoticeFields\n    }\n  }\n": types.WithdrawNoticeDocument,
    "\n  query PersonalDataRegister {\n    personalDataRegister {\n      entity\n      field\n      category\n      purpose\n      retention\n      purposeJa\n      retentionJa\n      readableBy\n    }\n  }\n": types.PersonalDataRegisterDocument,
    "\n  query ConsolePrivacyNoticeVersions {\n    privacyNoticeVersions {\n      id\n      version\n      textJa\n      textEn\n      effectiveFrom\n      publishedAt\n      state\n      acceptedCount\n      declinedCount\n    }\n  }\n": types.ConsolePrivacyNoticeVersionsDocument,
    "\n  mutation ConsolePublishPrivacyNotice($input: PrivacyNoticeInput!) {\n    publishPrivacyNotice(input: $input) {\n      id\n      version\n      state\n      effectiveFrom\n    }\n  }\n": types.ConsolePublishPrivacyNoticeDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n": types.RequestLoginIdReminderDocument,
    "\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n": types.RecoverLoginIdDocument,
    "\n  fragment ConsoleReportingClientFields on ReportingClient {\n    id\n    name\n    purpose\n    allowedOperations\n    allowedAddressRanges\n    expiresAt\n    status\n    createdAt\n    tokenIssuedAt\n    revokedAt\n  }\n": types.ConsoleReportingClientFieldsFragmentDoc,
    "\n  query ConsoleReportingClients {\n    reportingClients {\n      ...ConsoleReportingClientFields\n    }\n    reportingOperations {\n      name\n      sha256\n    }\n  }\n": types.ConsoleReportingClientsDocument,
    "\n  mutation ConsoleCreateReportingClient($input: ReportingClientInput!) {\n    createReportingClient(input: $input) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n": types.ConsoleCreateReportingClientDocument,
    "\n  mutation ConsoleRotateReportingClientToken($id: ID!) {\n    rotateReportingClientToken(id: $id) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n": types.ConsoleRotateReportingClientTokenDocument,
    "\n  mutation ConsoleRevokeReportingClient($id: ID!) {\n    revokeReportingClient(id: $id) {\n      ...ConsoleReportingClientFields\n    }\n  }\n": types.ConsoleRevokeReportingClientDocument,
    "\n  fragment ReportCount on FigureCell {\n    value\n    suppressed\n  }\n": types.ReportCountFragmentDoc,
    "\n  fragment ReportRate on RateCell {\n    value\n    suppressed\n  }\n": types.ReportRateFragmentDoc,
    "\n  fragment ReportFieldFigures on FieldFigures {\n    fieldCode\n    applications {\n      ...ReportCount\n    }\n    eligible {\n      ...ReportCount\n    }\n    accepted {\n      ...ReportCount\n    }\n    enrolled {\n      ...ReportCount\n    }\n    withdrawn {\n      ...ReportCount\n    }\n    completed {\n      ...ReportCount\n    }\n    notCompleted {\n      ...ReportCount\n    }\n    completionRate {\n      ...ReportRate\n    }\n    meanAttendanceRate {\n      ...ReportRate\n    }\n  }\n": types.ReportFieldFiguresFragmentDoc,
    "\n  fragment ReportSurveyFigures on SurveyFieldFigures {\n    fieldCode\n    invited {\n      ...ReportCount\n    }\n    answered {\n      ...ReportCount\n    }\n    notAnswered {\n      ...ReportCount\n    }\n    responseRate {\n      ...ReportRate\n    }\n  }\n": types.ReportSurveyFiguresFragmentDoc,
    "\n  fragment ReportBasisTable on BasisTable {\n    rows {\n      fieldCode\n      cells {\n        basis\n        count {\n          ...ReportCount\n        }\n      }\n      total {\n        ...ReportCount\n      }\n    }\n    columnTotals {\n      basis\n      count {\n        ...ReportCount\n      }\n    }\n    grandTotal {\n      ...ReportCount\n    }\n  }\n": types.ReportBasisTableFragmentDoc,
    "\n  query ReportEnrollment($year: Int!, $fromYear: Int!) {\n    enrollmentFigures(academicYear: $year) {\n      academicYear\n      threshold\n      fields {\n        ...ReportFieldFigures\n      }\n      total {\n        ...ReportFieldFigures\n      }\n      withdrawnByReason {\n        reason\n        count {\n          ...ReportCount\n        }\n      }\n    }\n    enrollmentTrend(fromYear: $fromYear, toYear: $year) {\n      academicYear\n      fields {\n        fieldCode\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n      total {\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n    }\n  }\n": types.ReportEnrollmentDocument,
    "\n  query ReportActivityMatrix($matrixYear: Int) {\n    studiedActiveMatrix(academicYear: $matrixYear) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          activeField\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        activeField\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n    }\n  }\n": types.ReportActivityMatrixDocument,
    "\n  query ReportSurveyRates($year: Int!) {\n    surveyResponseRates(academicYear: $year) {\n      academicYear\n      waves {\n        offsetMonths\n        fields {\n          ...ReportSurveyFigures\n        }\n        total {\n          ...ReportSurveyFigures\n        }\n      }\n    }\n  }\n": types.ReportSurveyRatesDocument,
    "\n  query ReportIntroductions($year: Int!) {\n    introductionOutcomes(academicYear: $year) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          status\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        status\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n      joinedRate {\n        ...ReportRate\n      }\n    }\n  }\n": types.ReportIntroductionsDocument,
    "\n  query ReportEligibility($year: Int!) {\n    eligibilityFigures(academicYear: $year) {\n      academicYear\n      applications {\n        ...ReportBasisTable\n      }\n      completions {\n        ...ReportBasisTable\n      }\n    }\n  }\n": types.ReportEligibilityDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      id\n      descriptionJa\n      setting\n      value\n      unit\n    }\n  }\n": types.RetentionRulesDocument,
    "\n  query RetentionDryRun {\n    retentionDryRun {\n      ruleId\n      rows\n      people\n    }\n  }\n": types.RetentionDryRunDocument,
    "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n": types.CohortRosterDocument,
    "\n  query RosterCsv($cohortId: ID!, $format: RosterCsvFormat!) {\n    rosterCsv(cohortId: $cohortId, format: $format)\n  }\n": types.RosterCsvDocument,
    "\n  query MySecurity {\n    me {\n      id\n      secondFactor {\n        totp\n        passkeys\n        recoveryCodesLeft\n      }\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      token\n      optionsJson\n    }\n  }\n": types.StartPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($token: String!, $responseJson: String!, $name: String!) {\n    finishPasskeyRegistration(token: $token, responseJson: $responseJson, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.RunSelectionDocument,
    "\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n": types.FreezeLotteryDocument,
    "\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n": types.DrawLotteryDocument,
    "\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.AnnounceCohortDocument,
    "\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.ProcessOfferDeadlinesDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": types.LotteryTranscriptDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": types.CreateStaffAccountDocument,
    "\n  mutation ResetStaffPassword($accountId: ID!) {\n    resetStaffPassword(accountId: $accountId) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  mutation UnlockAccount($accountId: ID!) {\n    unlockAccount(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation SetAccountStatus($accountId: ID!, $status: AccountStatus!) {\n    setAccountStatus(accountId: $accountId, status: $status) {\n      ...StaffAccountRow\n    }\n  }\n": types.SetAccountStatusDocument,
    "\n  mutation ResetSecondFactor($accountId: ID!) {\n    resetSecondFactor(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n": types.ResetSecondFactorDocument,
    "\n  mutation UpdateStaffAccount($input: StaffAccountUpdateInput!) {\n    updateStaffAccount(input: $input) {\n      ...StaffAccountRow\n    }\n  }\n": types.UpdateStaffAccountDocument,
    "\n  query StaffHome {\n    staffHome {\n      openCohorts\n      applicationsThisYear\n      work {\n        cohort {\n          id\n          academicYear\n          status\n          selectionMethod\n          applicationClosesAt\n          course {\n            ...CourseTitle\n          }\n        }\n        applicationsToReview\n        lotteryToFreeze\n        lotteryToDraw\n        resultsToAnnounce\n        offersLapsingSoon\n        nextDeadline\n      }\n    }\n  }\n": types.StaffHomeDocument,
    "\n  fragment ConsoleSurvey on SurveyInfo {\n    id\n    title\n    fieldCode\n    version\n    questions {\n      key\n      kind\n      label\n      required\n      choices {\n        key\n        label\n      }\n    }\n    waves {\n      wave {\n        id\n        cohortId\n        offsetMonths\n        opensOn\n        remindOn\n        closesOn\n        status\n      }\n      invited\n      answered\n      declined\n      pending\n      ended\n    }\n  }\n": types.ConsoleSurveyFragmentDoc,
    "\n  query ConsoleSurveys {\n    surveys {\n      ...ConsoleSurvey\n    }\n  }\n": types.ConsoleSurveysDocument,
    "\n  mutation ConsoleCreateSurvey($title: String!, $fieldCode: FieldCode, $questions: [SurveyQuestionInput!]!) {\n    createSurvey(title: $title, fieldCode: $fieldCode, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n": types.ConsoleCreateSurveyDocument,
    "\n  mutation ConsoleScheduleSurvey($input: SurveyScheduleInput!) {\n    scheduleSurvey(input: $input) {\n      ...ConsoleSurvey\n    }\n  }\n": types.ConsoleScheduleSurveyDocument,
    "\n  query ConsultationDetail($id: ID!) {\n    consultation(id: $id) {\n      id\n      accountId\n      status\n      source\n      postingId\n      recordedBy\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      closeReason\n      createdAt\n      updatedAt\n      version\n      introductions {\n        id\n        groupId\n        group {\n          name\n        }\n        postingId\n        meetingAt\n        place\n        attendedBy\n        status\n        outcomeReason\n        followUpOn\n        activityRecordId\n        version\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.ConsultationDetailDocument,
    "\n  query ConsultationMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      loginId\n    }\n  }\n": types.ConsultationMemberDocument,
    "\n  mutation SetConsultationStatus($input: ConsultationStatusInput!) {\n    setConsultationStatus(input: $input) {\n      id\n      status\n      closeReason\n      version\n    }\n  }\n": types.SetConsultationStatusDocument,
    "\n  query Consultations($status: ConsultationStatus) {\n    consultations(status: $status) {\n      id\n      accountId\n      status\n      source\n      fieldCodes\n      districtCode\n      days\n      times\n      createdAt\n      updatedAt\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.ConsultationsDocument,
    "\n  query CommunityGroupDetail($id: ID!) {\n    communityGroup(id: $id) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      representativeName\n      representativePhone\n      representativeEmail\n      interviewedOn\n      interviewedBy\n      interviewNotes\n      status\n      statusReason\n      version\n      createdAt\n      updatedAt\n      revisions {\n        id\n        version\n        changedFields\n        publicAfter\n        reason\n        changedBy\n        changedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.CommunityGroupDetailDocument,
    "\n  mutation UpdateCommunityGroup($id: ID!, $expectedVersion: Int!, $input: CommunityGroupInput!) {\n    updateCommunityGroup(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCommunityGroupDocument,
    "\n  mutation SetCommunityGroupStatus($input: CommunityGroupStatusInput!) {\n    setCommunityGroupStatus(input: $input) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n": types.SetCommunityGroupStatusDocument,
    "\n  query CommunityGroups($status: GroupStatus, $fieldCode: FieldCode, $districtCode: String, $text: String) {\n    communityGroups(status: $status, fieldCode: $fieldCode, districtCode: $districtCode, text: $text) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      status\n      interviewedOn\n      version\n    }\n  }\n": types.CommunityGroupsDocument,
    "\n  query GroupListDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.GroupListDistrictsDocument,
    "\n  mutation RegisterCommunityGroup($input: CommunityGroupInput!) {\n    registerCommunityGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.RegisterCommunityGroupDocument,
    "\n  mutation ProduceIntroductionSheet($requestId: ID!) {\n    produceIntroductionSheet(requestId: $requestId) {\n      requestId\n      number\n      generatedOn\n      validUntil\n      groupName\n      purpose\n      entries {\n        field\n        value\n      }\n    }\n  }\n": types.ProduceIntroductionSheetDocument,
    "\n  query RecruitmentPostingDetail($id: ID!) {\n    recruitmentPosting(id: $id) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      status\n      version\n      authorId\n      contactFlags\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      closedAt\n      closeReason\n      group {\n        id\n        name\n      }\n      reviews {\n        id\n        version\n        decision\n        reviewerId\n        note\n        contactFlags\n        reviewedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.RecruitmentPostingDetailDocument,
    "\n  mutation UpdateRecruitmentPosting($id: ID!, $expectedVersion: Int!, $input: PostingInput!) {\n    updateRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateRecruitmentPostingDocument,
    "\n  mutation SubmitRecruitmentPosting($id: ID!, $expectedVersion: Int!) {\n    submitRecruitmentPosting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitRecruitmentPostingDocument,
    "\n  mutation ReviewRecruitmentPosting($input: PostingReviewInput!) {\n    reviewRecruitmentPosting(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ReviewRecruitmentPostingDocument,
    "\n  mutation CloseRecruitmentPosting($id: ID!, $expectedVersion: Int!, $reason: String) {\n    closeRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": types.CloseRecruitmentPostingDocument,
    "\n  query RecruitmentPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      fieldCodes\n      expiresOn\n      submittedAt\n      updatedAt\n      authorId\n      contactFlags\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.RecruitmentPostingsDocument,
    "\n  mutation CreateRecruitmentPosting($input: PostingInput!) {\n    createRecruitmentPosting(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.CreateRecruitmentPostingDocument,
    "\n  mutation ConsoleSetSurveyQuestions($id: ID!, $questions: [SurveyQuestionInput!]!) {\n    setSurveyQuestions(id: $id, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n": types.ConsoleSetSurveyQuestionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n    pendingActions\n    passwordExpiresAt\n  }\n"): (typeof documents)["\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n    pendingActions\n    passwordExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationProposals($consultationId: ID!) {\n    consultationProposals(consultationId: $consultationId) {\n      kind\n      groupId\n      postingId\n      title\n      groupName\n      score\n      reasons {\n        code\n        points\n        fieldCodes\n        days\n        times\n        districtCode\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationProposals($consultationId: ID!) {\n    consultationProposals(consultationId: $consultationId) {\n      kind\n      groupId\n      postingId\n      title\n      groupName\n      score\n      reasons {\n        code\n        points\n        fieldCodes\n        days\n        times\n        districtCode\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PursueProposal($consultationId: ID!, $groupId: ID!, $postingId: ID) {\n    pursueProposal(consultationId: $consultationId, groupId: $groupId, postingId: $postingId) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PursueProposal($consultationId: ID!, $groupId: ID!, $postingId: ID) {\n    pursueProposal(consultationId: $consultationId, groupId: $groupId, postingId: $postingId) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationFormDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query ConsultationFormDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsultation($accountId: ID!, $input: ConsultationInput!) {\n    recordConsultation(accountId: $accountId, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsultation($accountId: ID!, $input: ConsultationInput!) {\n    recordConsultation(accountId: $accountId, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataResidency {\n    dataResidency {\n      database\n      backups\n      mailRelay\n      inJapan\n    }\n  }\n"): (typeof documents)["\n  query DataResidency {\n    dataResidency {\n      database\n      backups\n      mailRelay\n      inJapan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureRequests($accountId: ID!) {\n    disclosureRequests(accountId: $accountId) {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      introductionId\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"): (typeof documents)["\n  query DisclosureRequests($accountId: ID!) {\n    disclosureRequests(accountId: $accountId) {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      introductionId\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureGroupOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DisclosureGroupOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDisclosure($input: DisclosureRequestInput!) {\n    requestDisclosure(input: $input) {\n      id\n      number\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDisclosure($input: DisclosureRequestInput!) {\n    requestDisclosure(input: $input) {\n      id\n      number\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDisclosureRequest($id: ID!) {\n    withdrawDisclosureRequest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawDisclosureRequest($id: ID!) {\n    withdrawDisclosureRequest(id: $id) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveDistrict($input: DistrictInput!) {\n    saveDistrict(input: $input) {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSaveDistrict($input: DistrictInput!) {\n    saveDistrict(input: $input) {\n      code\n      nameJa\n      nameEn\n      sortOrder\n      neighbourCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query GroupDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGroupDirectory {\n    groupDirectory {\n      id\n      name\n      kind\n      fieldCodes\n    }\n  }\n"): (typeof documents)["\n  query ConsoleGroupDirectory {\n    groupDirectory {\n      id\n      name\n      kind\n      fieldCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeIntroduction($input: IntroductionMeetingInput!) {\n    arrangeIntroduction(input: $input) {\n      id\n      meetingAt\n      place\n      attendedBy\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArrangeIntroduction($input: IntroductionMeetingInput!) {\n    arrangeIntroduction(input: $input) {\n      id\n      meetingAt\n      place\n      attendedBy\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntroductionOutcome($input: IntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) {\n      id\n      status\n      outcomeReason\n      followUpOn\n      activityRecordId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntroductionOutcome($input: IntroductionOutcomeInput!) {\n    recordIntroductionOutcome(input: $input) {\n      id\n      status\n      outcomeReason\n      followUpOn\n      activityRecordId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeafletQrCode($postingId: ID) {\n    leafletQrCode(postingId: $postingId) {\n      url\n      pngDataUrl\n      svg\n    }\n  }\n"): (typeof documents)["\n  query LeafletQrCode($postingId: ID) {\n    leafletQrCode(postingId: $postingId) {\n      url\n      pngDataUrl\n      svg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberActivityGroups($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          groupId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberActivityGroups($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          groupId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectAlumnusActivity($input: ActivityCorrectionInput!) {\n    correctAlumnusActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCorrectAlumnusActivity($input: ActivityCorrectionInput!) {\n    correctAlumnusActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleProduceMemberDataExport($accountId: ID!, $channel: DataExportChannel!, $identityChecked: Boolean!) {\n    produceMemberDataExport(accountId: $accountId, channel: $channel, identityChecked: $identityChecked) {\n      fileName\n      json\n      html\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleProduceMemberDataExport($accountId: ID!, $channel: DataExportChannel!, $identityChecked: Boolean!) {\n    produceMemberDataExport(accountId: $accountId, channel: $channel, identityChecked: $identityChecked) {\n      fileName\n      json\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberGroupNotes($id: ID!) {\n    member(id: $id) {\n      id\n      groupNotes {\n        id\n        groupName\n        kind\n        text\n        heardOn\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberGroupNotes($id: ID!) {\n    member(id: $id) {\n      id\n      groupNotes {\n        id\n        groupName\n        kind\n        text\n        heardOn\n        recordedBy\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleGroupNoteChoices {\n    groupDirectory {\n      id\n      name\n      districtCode\n    }\n  }\n"): (typeof documents)["\n  query ConsoleGroupNoteChoices {\n    groupDirectory {\n      id\n      name\n      districtCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddGroupNote($input: GroupNoteInput!) {\n    addGroupNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddGroupNote($input: GroupNoteInput!) {\n    addGroupNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingFormOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query PostingFormOptions {\n    communityGroups(status: ACTIVE) {\n      id\n      name\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      expiresOn\n    }\n  }\n"): (typeof documents)["\n  query GroupPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      expiresOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSurveyAnswersCsv($surveyId: ID!, $waveId: ID, $withNames: Boolean) {\n    surveyAnswersCsv(surveyId: $surveyId, waveId: $waveId, withNames: $withNames)\n  }\n"): (typeof documents)["\n  query ConsoleSurveyAnswersCsv($surveyId: ID!, $waveId: ID, $withNames: Boolean) {\n    surveyAnswersCsv(surveyId: $surveyId, waveId: $waveId, withNames: $withNames)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSurveyResults($surveyId: ID!, $waveId: ID) {\n    surveyResults(surveyId: $surveyId, waveId: $waveId) {\n      surveyId\n      waveId\n      invited\n      answered\n      declined\n      questions {\n        key\n        kind\n        label\n        answered\n        counts {\n          key\n          label\n          count\n        }\n        mean\n        median\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSurveyResults($surveyId: ID!, $waveId: ID) {\n    surveyResults(surveyId: $surveyId, waveId: $waveId) {\n      surveyId\n      waveId\n      invited\n      answered\n      declined\n      questions {\n        key\n        kind\n        label\n        answered\n        counts {\n          key\n          label\n          count\n        }\n        mean\n        median\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n"): (typeof documents)["\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n    scheduleOutline\n  }\n"): (typeof documents)["\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n    scheduleOutline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n    resultsOn\n  }\n"): (typeof documents)["\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n    resultsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n"): (typeof documents)["\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n"): (typeof documents)["\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    role\n    contractor {\n      id\n      name\n    }\n    status\n    locked\n    passwordExpiresAt\n    secondFactor {\n      totp\n      passkeys\n    }\n  }\n"): (typeof documents)["\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    role\n    contractor {\n      id\n      name\n    }\n    status\n    locked\n    passwordExpiresAt\n    secondFactor {\n      totp\n      passkeys\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortApplications(\n    $cohortId: ID!\n    $filter: ApplicationFilter\n    $search: String\n    $orderBy: ApplicationOrder\n    $descending: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    applicationPage(\n      cohortId: $cohortId\n      filter: $filter\n      search: $search\n      orderBy: $orderBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...ApplicationReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortApplications(\n    $cohortId: ID!\n    $filter: ApplicationFilter\n    $search: String\n    $orderBy: ApplicationOrder\n    $descending: Boolean\n    $offset: Int\n    $limit: Int\n  ) {\n    applicationPage(\n      cohortId: $cohortId\n      filter: $filter\n      search: $search\n      orderBy: $orderBy\n      descending: $descending\n      offset: $offset\n      limit: $limit\n    ) {\n      total\n      items {\n        ...ApplicationReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAtRiskOverview {\n    atRiskOverview {\n      cohortId\n      studentCount\n      atRisk\n      notAchievable\n      cohort {\n        id\n        academicYear\n        course {\n          ...CourseTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAtRiskOverview {\n    atRiskOverview {\n      cohortId\n      studentCount\n      atRisk\n      notAchievable\n      cohort {\n        id\n        academicYear\n        course {\n          ...CourseTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAttendanceGrid($cohortId: ID!) {\n    attendanceGrid(cohortId: $cohortId) {\n      cohortId\n      sessions {\n        ...ConsoleClassSession\n      }\n      students {\n        id\n        studentNumber\n        withdrawnAt\n        student {\n          id\n          name\n          nameKana\n        }\n      }\n      cells {\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAttendanceGrid($cohortId: ID!) {\n    attendanceGrid(cohortId: $cohortId) {\n      cohortId\n      sessions {\n        ...ConsoleClassSession\n      }\n      students {\n        id\n        studentNumber\n        withdrawnAt\n        student {\n          id\n          name\n          nameKana\n        }\n      }\n      cells {\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveAttendanceGrid($cohortId: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) {\n    saveAttendanceGrid(cohortId: $cohortId, cells: $cells, reason: $reason) {\n      cohortId\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSaveAttendanceGrid($cohortId: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) {\n    saveAttendanceGrid(cohortId: $cohortId, cells: $cells, reason: $reason) {\n      cohortId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePreviewAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID) {\n    previewAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId) {\n      layout\n      classSessionIds\n      entryCount\n      errorCount\n      errors {\n        row\n        column\n        columnNumber\n        code\n        value\n      }\n      entries {\n        row\n        column\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePreviewAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID) {\n    previewAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId) {\n      layout\n      classSessionIds\n      entryCount\n      errorCount\n      errors {\n        row\n        column\n        columnNumber\n        code\n        value\n      }\n      entries {\n        row\n        column\n        classSessionId\n        enrollmentId\n        statusCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApplyAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID, $reason: String) {\n    applyAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId, reason: $reason) {\n      entryCount\n      created\n      changed\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApplyAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID, $reason: String) {\n    applyAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId, reason: $reason) {\n      entryCount\n      created\n      changed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        at\n        actorId\n        actorRole\n        action\n        operation\n        targetType\n        targetIds\n        fields\n        outcome\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEntries($filter: AuditFilter, $offset: Int!, $limit: Int!) {\n    auditEntries(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        at\n        actorId\n        actorRole\n        action\n        operation\n        targetType\n        targetIds\n        fields\n        outcome\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAuthPayload on AuthPayload {\n    accessToken\n    refreshToken\n    expiresIn\n    account {\n      ...StaffSession\n    }\n    secondFactor {\n      token\n      methods\n      expiresIn\n    }\n  }\n"): (typeof documents)["\n  fragment StaffAuthPayload on AuthPayload {\n    accessToken\n    refreshToken\n    expiresIn\n    account {\n      ...StaffSession\n    }\n    secondFactor {\n      token\n      methods\n      expiresIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      ...StaffAuthPayload\n    }\n  }\n"): (typeof documents)["\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      ...StaffAuthPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      ...StaffAuthPayload\n    }\n  }\n"): (typeof documents)["\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      ...StaffAuthPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyLoginOptions($token: String!) {\n    passkeyLoginOptions(token: $token)\n  }\n"): (typeof documents)["\n  mutation PasskeyLoginOptions($token: String!) {\n    passkeyLoginOptions(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleClassSession on ClassSession {\n    id\n    cohortId\n    title\n    kind\n    venue\n    startsAt\n    endsAt\n    countsTowardCompletion\n    requiredForCompletion\n    cancelledAt\n    cancelReason\n    changes {\n      id\n      at\n      kind\n      fromStartsAt\n      fromEndsAt\n      fromVenue\n      toStartsAt\n      toEndsAt\n      toVenue\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleClassSession on ClassSession {\n    id\n    cohortId\n    title\n    kind\n    venue\n    startsAt\n    endsAt\n    countsTowardCompletion\n    requiredForCompletion\n    cancelledAt\n    cancelReason\n    changes {\n      id\n      at\n      kind\n      fromStartsAt\n      fromEndsAt\n      fromVenue\n      toStartsAt\n      toEndsAt\n      toVenue\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCohortSessions($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n      classSessions {\n        ...ConsoleClassSession\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCohortSessions($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n      classSessions {\n        ...ConsoleClassSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateClassSession($input: ClassSessionInput!) {\n    createClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateClassSession($input: ClassSessionInput!) {\n    createClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePreviewClassSessions($pattern: ClassSessionPatternInput!) {\n    previewClassSessions(pattern: $pattern) {\n      date\n      startsAt\n      endsAt\n      title\n      venue\n      kind\n      countsTowardCompletion\n    }\n  }\n"): (typeof documents)["\n  query ConsolePreviewClassSessions($pattern: ClassSessionPatternInput!) {\n    previewClassSessions(pattern: $pattern) {\n      date\n      startsAt\n      endsAt\n      title\n      venue\n      kind\n      countsTowardCompletion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateClassSessions($pattern: ClassSessionPatternInput!) {\n    createClassSessions(pattern: $pattern) {\n      ...ConsoleClassSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateClassSessions($pattern: ClassSessionPatternInput!) {\n    createClassSessions(pattern: $pattern) {\n      ...ConsoleClassSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateClassSession($input: ClassSessionUpdateInput!) {\n    updateClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateClassSession($input: ClassSessionUpdateInput!) {\n    updateClassSession(input: $input) {\n      ...ConsoleClassSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelClassSession($id: ID!, $reason: String!) {\n    cancelClassSession(id: $id, reason: $reason) {\n      ...ConsoleClassSession\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelClassSession($id: ID!, $reason: String!) {\n    cancelClassSession(id: $id, reason: $reason) {\n      ...ConsoleClassSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionAttendance($id: ID!) {\n    sessionAttendance(classSessionId: $id) {\n      session {\n        ...ConsoleClassSession\n      }\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n          studentNumber\n          withdrawnAt\n          student {\n            id\n            name\n            nameKana\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSessionAttendance($id: ID!) {\n    sessionAttendance(classSessionId: $id) {\n      session {\n        ...ConsoleClassSession\n      }\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n          studentNumber\n          withdrawnAt\n          student {\n            id\n            name\n            nameKana\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSessionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSessionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      courseId\n      course {\n        id\n        title\n        titleEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      code\n      countsAsAttended\n      sortOrder\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      code\n      countsAsAttended\n      sortOrder\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSaveSessionAttendance($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) {\n    saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) {\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSaveSessionAttendance($id: ID!, $entries: [SessionAttendanceEntryInput!]!, $reason: String) {\n    saveSessionAttendance(classSessionId: $id, entries: $entries, reason: $reason) {\n      rows {\n        recorded\n        statusCode\n        enrollment {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCheckInState($id: ID!) {\n    classSessionCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCheckInState($id: ID!) {\n    classSessionCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCheckInCode($id: ID!) {\n    checkInCode(classSessionId: $id) {\n      code\n      expiresAt\n      qrDataUrl\n      url\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCheckInCode($id: ID!) {\n    checkInCode(classSessionId: $id) {\n      code\n      expiresAt\n      qrDataUrl\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenCheckIn($id: ID!) {\n    openCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenCheckIn($id: ID!) {\n    openCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseCheckIn($id: ID!) {\n    closeCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCloseCheckIn($id: ID!) {\n    closeCheckIn(classSessionId: $id) {\n      classSessionId\n      openedAt\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      status\n      startsOn\n      endsOn\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompletionCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      status\n      startsOn\n      endsOn\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortProgress($cohortId: ID!, $decisions: Boolean!) {\n    cohortProgress(cohortId: $cohortId) {\n      attended\n      planned\n      absences\n      future\n      requiredMissed\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      state\n      enrollment {\n        id\n        studentNumber\n        withdrawnAt\n        withdrawalReason\n        student {\n          id\n          name\n          completions @include(if: $decisions) {\n            id\n            enrollmentId\n            outcome\n            overridden\n            overrideReason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortProgress($cohortId: ID!, $decisions: Boolean!) {\n    cohortProgress(cohortId: $cohortId) {\n      attended\n      planned\n      absences\n      future\n      requiredMissed\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      state\n      enrollment {\n        id\n        studentNumber\n        withdrawnAt\n        withdrawalReason\n        student {\n          id\n          name\n          completions @include(if: $decisions) {\n            id\n            enrollmentId\n            outcome\n            overridden\n            overrideReason\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AtRiskStudents($cohortId: ID!) {\n    atRiskStudents(cohortId: $cohortId) {\n      enrollment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AtRiskStudents($cohortId: ID!) {\n    atRiskStudents(cohortId: $cohortId) {\n      enrollment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionRule($courseId: ID!) {\n    completionRule(courseId: $courseId) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CompletionRule($courseId: ID!) {\n    completionRule(courseId: $courseId) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompletionRule($input: CompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompletionRule($input: CompletionRuleInput!) {\n    setCompletionRule(input: $input) {\n      courseId\n      version\n      minRatePercent\n      requireMarkedSessions\n      maxAbsences\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCompletion($cohortId: ID!) {\n    previewCompletion(cohortId: $cohortId) {\n      alreadyRun\n      completed\n      notCompleted\n      withdrawn\n      rule {\n        version\n        minRatePercent\n        requireMarkedSessions\n        maxAbsences\n      }\n      students {\n        outcome\n        attended\n        planned\n        rate\n        absences\n        requiredMissed\n        reasons\n        enrollment {\n          id\n          studentNumber\n          student {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewCompletion($cohortId: ID!) {\n    previewCompletion(cohortId: $cohortId) {\n      alreadyRun\n      completed\n      notCompleted\n      withdrawn\n      rule {\n        version\n        minRatePercent\n        requireMarkedSessions\n        maxAbsences\n      }\n      students {\n        outcome\n        attended\n        planned\n        rate\n        absences\n        requiredMissed\n        reasons\n        enrollment {\n          id\n          studentNumber\n          student {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunCompletion($cohortId: ID!) {\n    runCompletion(cohortId: $cohortId) {\n      completed\n      notCompleted\n      withdrawn\n    }\n  }\n"): (typeof documents)["\n  mutation RunCompletion($cohortId: ID!) {\n    runCompletion(cohortId: $cohortId) {\n      completed\n      notCompleted\n      withdrawn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideCompletion($enrollmentId: ID!, $outcome: CompletionOutcome!, $reason: String) {\n    overrideCompletion(enrollmentId: $enrollmentId, outcome: $outcome, reason: $reason) {\n      id\n      outcome\n      overridden\n      overrideReason\n    }\n  }\n"): (typeof documents)["\n  mutation OverrideCompletion($enrollmentId: ID!, $outcome: CompletionOutcome!, $reason: String) {\n    overrideCompletion(enrollmentId: $enrollmentId, outcome: $outcome, reason: $reason) {\n      id\n      outcome\n      overridden\n      overrideReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWithdrawal($enrollmentId: ID!, $reason: WithdrawalReason!, $text: String) {\n    recordWithdrawal(enrollmentId: $enrollmentId, reason: $reason, text: $text) {\n      id\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWithdrawal($enrollmentId: ID!, $reason: WithdrawalReason!, $text: String) {\n    recordWithdrawal(enrollmentId: $enrollmentId, reason: $reason, text: $text) {\n      id\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCertificates($cohortId: ID!) {\n    cohortCertificates(cohortId: $cohortId) {\n      id\n      number\n      studentNumber\n      holderName\n      issuedAt\n      revokedAt\n      revokeReason\n      copies {\n        id\n        reason\n        issuedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortCertificates($cohortId: ID!) {\n    cohortCertificates(cohortId: $cohortId) {\n      id\n      number\n      studentNumber\n      holderName\n      issuedAt\n      revokedAt\n      revokeReason\n      copies {\n        id\n        reason\n        issuedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificates($cohortId: ID!) {\n    issueCertificates(cohortId: $cohortId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificates($cohortId: ID!) {\n    issueCertificates(cohortId: $cohortId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($input: RevokeCertificateInput!) {\n    revokeCertificate(input: $input) {\n      id\n      revokedAt\n      revokeReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      id\n      issuedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueCertificate($input: ReissueCertificateInput!) {\n    reissueCertificate(input: $input) {\n      id\n      issuedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificatePdf($certificateId: ID!) {\n    certificatePdf(certificateId: $certificateId) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n"): (typeof documents)["\n  query CertificatePdf($certificateId: ID!) {\n    certificatePdf(certificateId: $certificateId) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortCertificatesBundle($cohortId: ID!, $format: CertificateBundleFormat!) {\n    cohortCertificatesBundle(cohortId: $cohortId, format: $format) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n"): (typeof documents)["\n  query CohortCertificatesBundle($cohortId: ID!, $format: CertificateBundleFormat!) {\n    cohortCertificatesBundle(cohortId: $cohortId, format: $format) {\n      base64\n      contentType\n      fileName\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n"): (typeof documents)["\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractor($input: ContractorUpdateInput!) {\n    updateContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractor($input: ContractorUpdateInput!) {\n    updateContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCourseAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCourseAttendanceStatuses($courseId: ID!) {\n    attendanceStatuses(courseId: $courseId) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCourseAttendanceStatus($courseId: ID!, $code: String!, $countsAsAttended: Boolean!, $label: String, $labelEn: String) {\n    setCourseAttendanceStatus(courseId: $courseId, code: $code, countsAsAttended: $countsAsAttended, label: $label, labelEn: $labelEn) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetCourseAttendanceStatus($courseId: ID!, $code: String!, $countsAsAttended: Boolean!, $label: String, $labelEn: String) {\n    setCourseAttendanceStatus(courseId: $courseId, code: $code, countsAsAttended: $countsAsAttended, label: $label, labelEn: $labelEn) {\n      courseId\n      code\n      countsAsAttended\n      sortOrder\n      courseOwn\n      label\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n        applicationOpensAt\n        applicationClosesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n        applicationOpensAt\n        applicationClosesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n"): (typeof documents)["\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleErasureRequests($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      accountId\n      channel\n      reason\n      status\n      requestedAt\n      requestedBy\n      executableFrom\n      cancelledAt\n      executedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleErasureRequests($status: ErasureStatus) {\n    erasureRequests(status: $status) {\n      id\n      accountId\n      channel\n      reason\n      status\n      requestedAt\n      requestedBy\n      executableFrom\n      cancelledAt\n      executedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordErasureRequest($accountId: ID!, $channel: ErasureChannel!, $reason: ErasureReason!, $identityChecked: Boolean!) {\n    recordErasureRequest(accountId: $accountId, channel: $channel, reason: $reason, identityChecked: $identityChecked) {\n      id\n      status\n      executableFrom\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordErasureRequest($accountId: ID!, $channel: ErasureChannel!, $reason: ErasureReason!, $identityChecked: Boolean!) {\n    recordErasureRequest(accountId: $accountId, channel: $channel, reason: $reason, identityChecked: $identityChecked) {\n      id\n      status\n      executableFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      status\n      executedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleExecuteErasure($requestId: ID!) {\n    executeErasure(requestId: $requestId) {\n      id\n      status\n      executedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"): (typeof documents)["\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberActivity($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          version\n          fieldCodes\n          groupName\n          role\n          startedOn\n          endedOn\n          hoursPerMonth\n          source\n          enteredAt\n        }\n        history {\n          id\n          version\n          groupName\n          role\n          startedOn\n          endedOn\n          source\n          enteredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberActivity($id: ID!) {\n    member(id: $id) {\n      id\n      activityRecords {\n        id\n        current {\n          id\n          version\n          fieldCodes\n          groupName\n          role\n          startedOn\n          endedOn\n          hoursPerMonth\n          source\n          enteredAt\n        }\n        history {\n          id\n          version\n          groupName\n          role\n          startedOn\n          endedOn\n          source\n          enteredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordAlumnusActivity($accountId: ID!, $input: ActivityInput!) {\n    recordAlumnusActivity(accountId: $accountId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordAlumnusActivity($accountId: ID!, $input: ActivityInput!) {\n    recordAlumnusActivity(accountId: $accountId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberFollowUp($id: ID!) {\n    followUpNoticeVersion\n    member(id: $id) {\n      id\n      completions {\n        id\n        outcome\n      }\n      followUpConsents {\n        id\n        granted\n        version\n        source\n        recordedBy\n        acceptedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberFollowUp($id: ID!) {\n    followUpNoticeVersion\n    member(id: $id) {\n      id\n      completions {\n        id\n        outcome\n      }\n      followUpConsents {\n        id\n        granted\n        version\n        source\n        recordedBy\n        acceptedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordFollowUpConsent($accountId: ID!, $granted: Boolean!, $noticeVersion: String!) {\n    recordFollowUpConsent(accountId: $accountId, granted: $granted, noticeVersion: $noticeVersion) {\n      id\n      granted\n      version\n      source\n      recordedBy\n      acceptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordFollowUpConsent($accountId: ID!, $granted: Boolean!, $noticeVersion: String!) {\n    recordFollowUpConsent(accountId: $accountId, granted: $granted, noticeVersion: $noticeVersion) {\n      id\n      granted\n      version\n      source\n      recordedBy\n      acceptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($search: String!, $offset: Int!, $limit: Int!) {\n    members(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        loginId\n        name\n        nameKana\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($search: String!, $offset: Int!, $limit: Int!) {\n    members(search: $search, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        loginId\n        name\n        nameKana\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!, $withApplications: Boolean!) {\n    member(id: $id) {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      status\n      createdAt\n      changes {\n        id\n        at\n        kind\n        fields\n        byAdministrator\n      }\n      applications @include(if: $withApplications) {\n        id\n        code\n        status\n        submittedAt\n        cohort {\n          id\n          academicYear\n          status\n          course {\n            id\n            title\n            titleEn\n            fieldCode\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!, $withApplications: Boolean!) {\n    member(id: $id) {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      status\n      createdAt\n      changes {\n        id\n        at\n        kind\n        fields\n        byAdministrator\n      }\n      applications @include(if: $withApplications) {\n        id\n        code\n        status\n        submittedAt\n        cohort {\n          id\n          academicYear\n          status\n          course {\n            id\n            title\n            titleEn\n            fieldCode\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffNoticeFields on Notice {\n    id\n    audience\n    kind\n    title\n    body\n    messageKey\n    cohortId\n    fieldCode\n    createdAt\n    publishedAt\n    withdrawnAt\n    withdrawReason\n    updatedAt\n    recipientCount\n  }\n"): (typeof documents)["\n  fragment StaffNoticeFields on Notice {\n    id\n    audience\n    kind\n    title\n    body\n    messageKey\n    cohortId\n    fieldCode\n    createdAt\n    publishedAt\n    withdrawnAt\n    withdrawReason\n    updatedAt\n    recipientCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotices {\n    staffNotices {\n      ...StaffNoticeFields\n    }\n  }\n"): (typeof documents)["\n  query StaffNotices {\n    staffNotices {\n      ...StaffNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeRevisions {\n    staffNotices {\n      id\n      revisions {\n        id\n        at\n        actorId\n        kind\n        title\n        body\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeRevisions {\n    staffNotices {\n      id\n      revisions {\n        id\n        at\n        actorId\n        kind\n        title\n        body\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotice($input: NoticeInput!, $draft: Boolean!) {\n    createNotice(input: $input, draft: $draft) {\n      ...StaffNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotice($input: NoticeInput!, $draft: Boolean!) {\n    createNotice(input: $input, draft: $draft) {\n      ...StaffNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($id: ID!) {\n    publishNotice(id: $id) {\n      ...StaffNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNotice($id: ID!) {\n    publishNotice(id: $id) {\n      ...StaffNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotice($input: NoticeUpdateInput!) {\n    updateNotice(input: $input) {\n      ...StaffNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotice($input: NoticeUpdateInput!) {\n    updateNotice(input: $input) {\n      ...StaffNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNotice($id: ID!, $reason: String!) {\n    withdrawNotice(id: $id, reason: $reason) {\n      ...StaffNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNotice($id: ID!, $reason: String!) {\n    withdrawNotice(id: $id, reason: $reason) {\n      ...StaffNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalDataRegister {\n    personalDataRegister {\n      entity\n      field\n      category\n      purpose\n      retention\n      purposeJa\n      retentionJa\n      readableBy\n    }\n  }\n"): (typeof documents)["\n  query PersonalDataRegister {\n    personalDataRegister {\n      entity\n      field\n      category\n      purpose\n      retention\n      purposeJa\n      retentionJa\n      readableBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePrivacyNoticeVersions {\n    privacyNoticeVersions {\n      id\n      version\n      textJa\n      textEn\n      effectiveFrom\n      publishedAt\n      state\n      acceptedCount\n      declinedCount\n    }\n  }\n"): (typeof documents)["\n  query ConsolePrivacyNoticeVersions {\n    privacyNoticeVersions {\n      id\n      version\n      textJa\n      textEn\n      effectiveFrom\n      publishedAt\n      state\n      acceptedCount\n      declinedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePublishPrivacyNotice($input: PrivacyNoticeInput!) {\n    publishPrivacyNotice(input: $input) {\n      id\n      version\n      state\n      effectiveFrom\n    }\n  }\n"): (typeof documents)["\n  mutation ConsolePublishPrivacyNotice($input: PrivacyNoticeInput!) {\n    publishPrivacyNotice(input: $input) {\n      id\n      version\n      state\n      effectiveFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n"): (typeof documents)["\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleReportingClientFields on ReportingClient {\n    id\n    name\n    purpose\n    allowedOperations\n    allowedAddressRanges\n    expiresAt\n    status\n    createdAt\n    tokenIssuedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ConsoleReportingClientFields on ReportingClient {\n    id\n    name\n    purpose\n    allowedOperations\n    allowedAddressRanges\n    expiresAt\n    status\n    createdAt\n    tokenIssuedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReportingClients {\n    reportingClients {\n      ...ConsoleReportingClientFields\n    }\n    reportingOperations {\n      name\n      sha256\n    }\n  }\n"): (typeof documents)["\n  query ConsoleReportingClients {\n    reportingClients {\n      ...ConsoleReportingClientFields\n    }\n    reportingOperations {\n      name\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateReportingClient($input: ReportingClientInput!) {\n    createReportingClient(input: $input) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateReportingClient($input: ReportingClientInput!) {\n    createReportingClient(input: $input) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRotateReportingClientToken($id: ID!) {\n    rotateReportingClientToken(id: $id) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRotateReportingClientToken($id: ID!) {\n    rotateReportingClientToken(id: $id) {\n      token\n      client {\n        ...ConsoleReportingClientFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeReportingClient($id: ID!) {\n    revokeReportingClient(id: $id) {\n      ...ConsoleReportingClientFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeReportingClient($id: ID!) {\n    revokeReportingClient(id: $id) {\n      ...ConsoleReportingClientFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCount on FigureCell {\n    value\n    suppressed\n  }\n"): (typeof documents)["\n  fragment ReportCount on FigureCell {\n    value\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRate on RateCell {\n    value\n    suppressed\n  }\n"): (typeof documents)["\n  fragment ReportRate on RateCell {\n    value\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFieldFigures on FieldFigures {\n    fieldCode\n    applications {\n      ...ReportCount\n    }\n    eligible {\n      ...ReportCount\n    }\n    accepted {\n      ...ReportCount\n    }\n    enrolled {\n      ...ReportCount\n    }\n    withdrawn {\n      ...ReportCount\n    }\n    completed {\n      ...ReportCount\n    }\n    notCompleted {\n      ...ReportCount\n    }\n    completionRate {\n      ...ReportRate\n    }\n    meanAttendanceRate {\n      ...ReportRate\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFieldFigures on FieldFigures {\n    fieldCode\n    applications {\n      ...ReportCount\n    }\n    eligible {\n      ...ReportCount\n    }\n    accepted {\n      ...ReportCount\n    }\n    enrolled {\n      ...ReportCount\n    }\n    withdrawn {\n      ...ReportCount\n    }\n    completed {\n      ...ReportCount\n    }\n    notCompleted {\n      ...ReportCount\n    }\n    completionRate {\n      ...ReportRate\n    }\n    meanAttendanceRate {\n      ...ReportRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportSurveyFigures on SurveyFieldFigures {\n    fieldCode\n    invited {\n      ...ReportCount\n    }\n    answered {\n      ...ReportCount\n    }\n    notAnswered {\n      ...ReportCount\n    }\n    responseRate {\n      ...ReportRate\n    }\n  }\n"): (typeof documents)["\n  fragment ReportSurveyFigures on SurveyFieldFigures {\n    fieldCode\n    invited {\n      ...ReportCount\n    }\n    answered {\n      ...ReportCount\n    }\n    notAnswered {\n      ...ReportCount\n    }\n    responseRate {\n      ...ReportRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportBasisTable on BasisTable {\n    rows {\n      fieldCode\n      cells {\n        basis\n        count {\n          ...ReportCount\n        }\n      }\n      total {\n        ...ReportCount\n      }\n    }\n    columnTotals {\n      basis\n      count {\n        ...ReportCount\n      }\n    }\n    grandTotal {\n      ...ReportCount\n    }\n  }\n"): (typeof documents)["\n  fragment ReportBasisTable on BasisTable {\n    rows {\n      fieldCode\n      cells {\n        basis\n        count {\n          ...ReportCount\n        }\n      }\n      total {\n        ...ReportCount\n      }\n    }\n    columnTotals {\n      basis\n      count {\n        ...ReportCount\n      }\n    }\n    grandTotal {\n      ...ReportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEnrollment($year: Int!, $fromYear: Int!) {\n    enrollmentFigures(academicYear: $year) {\n      academicYear\n      threshold\n      fields {\n        ...ReportFieldFigures\n      }\n      total {\n        ...ReportFieldFigures\n      }\n      withdrawnByReason {\n        reason\n        count {\n          ...ReportCount\n        }\n      }\n    }\n    enrollmentTrend(fromYear: $fromYear, toYear: $year) {\n      academicYear\n      fields {\n        fieldCode\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n      total {\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportEnrollment($year: Int!, $fromYear: Int!) {\n    enrollmentFigures(academicYear: $year) {\n      academicYear\n      threshold\n      fields {\n        ...ReportFieldFigures\n      }\n      total {\n        ...ReportFieldFigures\n      }\n      withdrawnByReason {\n        reason\n        count {\n          ...ReportCount\n        }\n      }\n    }\n    enrollmentTrend(fromYear: $fromYear, toYear: $year) {\n      academicYear\n      fields {\n        fieldCode\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n      total {\n        applications {\n          ...ReportCount\n        }\n        enrolled {\n          ...ReportCount\n        }\n        completed {\n          ...ReportCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportActivityMatrix($matrixYear: Int) {\n    studiedActiveMatrix(academicYear: $matrixYear) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          activeField\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        activeField\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportActivityMatrix($matrixYear: Int) {\n    studiedActiveMatrix(academicYear: $matrixYear) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          activeField\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        activeField\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSurveyRates($year: Int!) {\n    surveyResponseRates(academicYear: $year) {\n      academicYear\n      waves {\n        offsetMonths\n        fields {\n          ...ReportSurveyFigures\n        }\n        total {\n          ...ReportSurveyFigures\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportSurveyRates($year: Int!) {\n    surveyResponseRates(academicYear: $year) {\n      academicYear\n      waves {\n        offsetMonths\n        fields {\n          ...ReportSurveyFigures\n        }\n        total {\n          ...ReportSurveyFigures\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportIntroductions($year: Int!) {\n    introductionOutcomes(academicYear: $year) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          status\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        status\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n      joinedRate {\n        ...ReportRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportIntroductions($year: Int!) {\n    introductionOutcomes(academicYear: $year) {\n      academicYear\n      rows {\n        studiedField\n        cells {\n          status\n          count {\n            ...ReportCount\n          }\n        }\n        total {\n          ...ReportCount\n        }\n      }\n      columnTotals {\n        status\n        count {\n          ...ReportCount\n        }\n      }\n      grandTotal {\n        ...ReportCount\n      }\n      joinedRate {\n        ...ReportRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEligibility($year: Int!) {\n    eligibilityFigures(academicYear: $year) {\n      academicYear\n      applications {\n        ...ReportBasisTable\n      }\n      completions {\n        ...ReportBasisTable\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportEligibility($year: Int!) {\n    eligibilityFigures(academicYear: $year) {\n      academicYear\n      applications {\n        ...ReportBasisTable\n      }\n      completions {\n        ...ReportBasisTable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRules {\n    retentionRules {\n      id\n      descriptionJa\n      setting\n      value\n      unit\n    }\n  }\n"): (typeof documents)["\n  query RetentionRules {\n    retentionRules {\n      id\n      descriptionJa\n      setting\n      value\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionDryRun {\n    retentionDryRun {\n      ruleId\n      rows\n      people\n    }\n  }\n"): (typeof documents)["\n  query RetentionDryRun {\n    retentionDryRun {\n      ruleId\n      rows\n      people\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterCsv($cohortId: ID!, $format: RosterCsvFormat!) {\n    rosterCsv(cohortId: $cohortId, format: $format)\n  }\n"): (typeof documents)["\n  query RosterCsv($cohortId: ID!, $format: RosterCsvFormat!) {\n    rosterCsv(cohortId: $cohortId, format: $format)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurity {\n    me {\n      id\n      secondFactor {\n        totp\n        passkeys\n        recoveryCodesLeft\n      }\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySecurity {\n    me {\n      id\n      secondFactor {\n        totp\n        passkeys\n        recoveryCodesLeft\n      }\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      token\n      optionsJson\n    }\n  }\n"): (typeof documents)["\n  mutation StartPasskeyRegistration {\n    startPasskeyRegistration {\n      token\n      optionsJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($token: String!, $responseJson: String!, $name: String!) {\n    finishPasskeyRegistration(token: $token, responseJson: $responseJson, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($token: String!, $responseJson: String!, $name: String!) {\n    finishPasskeyRegistration(token: $token, responseJson: $responseJson, name: $name) {\n      id\n      name\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($passkeyId: ID!) {\n    removePasskey(passkeyId: $passkeyId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"): (typeof documents)["\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n"): (typeof documents)["\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"): (typeof documents)["\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n"): (typeof documents)["\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n"): (typeof documents)["\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($accountId: ID!) {\n    resetStaffPassword(accountId: $accountId) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($accountId: ID!) {\n    resetStaffPassword(accountId: $accountId) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($accountId: ID!) {\n    unlockAccount(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($accountId: ID!) {\n    unlockAccount(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountStatus($accountId: ID!, $status: AccountStatus!) {\n    setAccountStatus(accountId: $accountId, status: $status) {\n      ...StaffAccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountStatus($accountId: ID!, $status: AccountStatus!) {\n    setAccountStatus(accountId: $accountId, status: $status) {\n      ...StaffAccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($accountId: ID!) {\n    resetSecondFactor(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor($accountId: ID!) {\n    resetSecondFactor(accountId: $accountId) {\n      ...StaffAccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffAccount($input: StaffAccountUpdateInput!) {\n    updateStaffAccount(input: $input) {\n      ...StaffAccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffAccount($input: StaffAccountUpdateInput!) {\n    updateStaffAccount(input: $input) {\n      ...StaffAccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome {\n    staffHome {\n      openCohorts\n      applicationsThisYear\n      work {\n        cohort {\n          id\n          academicYear\n          status\n          selectionMethod\n          applicationClosesAt\n          course {\n            ...CourseTitle\n          }\n        }\n        applicationsToReview\n        lotteryToFreeze\n        lotteryToDraw\n        resultsToAnnounce\n        offersLapsingSoon\n        nextDeadline\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffHome {\n    staffHome {\n      openCohorts\n      applicationsThisYear\n      work {\n        cohort {\n          id\n          academicYear\n          status\n          selectionMethod\n          applicationClosesAt\n          course {\n            ...CourseTitle\n          }\n        }\n        applicationsToReview\n        lotteryToFreeze\n        lotteryToDraw\n        resultsToAnnounce\n        offersLapsingSoon\n        nextDeadline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleSurvey on SurveyInfo {\n    id\n    title\n    fieldCode\n    version\n    questions {\n      key\n      kind\n      label\n      required\n      choices {\n        key\n        label\n      }\n    }\n    waves {\n      wave {\n        id\n        cohortId\n        offsetMonths\n        opensOn\n        remindOn\n        closesOn\n        status\n      }\n      invited\n      answered\n      declined\n      pending\n      ended\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleSurvey on SurveyInfo {\n    id\n    title\n    fieldCode\n    version\n    questions {\n      key\n      kind\n      label\n      required\n      choices {\n        key\n        label\n      }\n    }\n    waves {\n      wave {\n        id\n        cohortId\n        offsetMonths\n        opensOn\n        remindOn\n        closesOn\n        status\n      }\n      invited\n      answered\n      declined\n      pending\n      ended\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSurveys {\n    surveys {\n      ...ConsoleSurvey\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSurveys {\n    surveys {\n      ...ConsoleSurvey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateSurvey($title: String!, $fieldCode: FieldCode, $questions: [SurveyQuestionInput!]!) {\n    createSurvey(title: $title, fieldCode: $fieldCode, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateSurvey($title: String!, $fieldCode: FieldCode, $questions: [SurveyQuestionInput!]!) {\n    createSurvey(title: $title, fieldCode: $fieldCode, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleScheduleSurvey($input: SurveyScheduleInput!) {\n    scheduleSurvey(input: $input) {\n      ...ConsoleSurvey\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleScheduleSurvey($input: SurveyScheduleInput!) {\n    scheduleSurvey(input: $input) {\n      ...ConsoleSurvey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationDetail($id: ID!) {\n    consultation(id: $id) {\n      id\n      accountId\n      status\n      source\n      postingId\n      recordedBy\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      closeReason\n      createdAt\n      updatedAt\n      version\n      introductions {\n        id\n        groupId\n        group {\n          name\n        }\n        postingId\n        meetingAt\n        place\n        attendedBy\n        status\n        outcomeReason\n        followUpOn\n        activityRecordId\n        version\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query ConsultationDetail($id: ID!) {\n    consultation(id: $id) {\n      id\n      accountId\n      status\n      source\n      postingId\n      recordedBy\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      closeReason\n      createdAt\n      updatedAt\n      version\n      introductions {\n        id\n        groupId\n        group {\n          name\n        }\n        postingId\n        meetingAt\n        place\n        attendedBy\n        status\n        outcomeReason\n        followUpOn\n        activityRecordId\n        version\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      loginId\n    }\n  }\n"): (typeof documents)["\n  query ConsultationMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      loginId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsultationStatus($input: ConsultationStatusInput!) {\n    setConsultationStatus(input: $input) {\n      id\n      status\n      closeReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetConsultationStatus($input: ConsultationStatusInput!) {\n    setConsultationStatus(input: $input) {\n      id\n      status\n      closeReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultations($status: ConsultationStatus) {\n    consultations(status: $status) {\n      id\n      accountId\n      status\n      source\n      fieldCodes\n      districtCode\n      days\n      times\n      createdAt\n      updatedAt\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Consultations($status: ConsultationStatus) {\n    consultations(status: $status) {\n      id\n      accountId\n      status\n      source\n      fieldCodes\n      districtCode\n      days\n      times\n      createdAt\n      updatedAt\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroupDetail($id: ID!) {\n    communityGroup(id: $id) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      representativeName\n      representativePhone\n      representativeEmail\n      interviewedOn\n      interviewedBy\n      interviewNotes\n      status\n      statusReason\n      version\n      createdAt\n      updatedAt\n      revisions {\n        id\n        version\n        changedFields\n        publicAfter\n        reason\n        changedBy\n        changedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query CommunityGroupDetail($id: ID!) {\n    communityGroup(id: $id) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      representativeName\n      representativePhone\n      representativeEmail\n      interviewedOn\n      interviewedBy\n      interviewNotes\n      status\n      statusReason\n      version\n      createdAt\n      updatedAt\n      revisions {\n        id\n        version\n        changedFields\n        publicAfter\n        reason\n        changedBy\n        changedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunityGroup($id: ID!, $expectedVersion: Int!, $input: CommunityGroupInput!) {\n    updateCommunityGroup(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunityGroup($id: ID!, $expectedVersion: Int!, $input: CommunityGroupInput!) {\n    updateCommunityGroup(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommunityGroupStatus($input: CommunityGroupStatusInput!) {\n    setCommunityGroupStatus(input: $input) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetCommunityGroupStatus($input: CommunityGroupStatusInput!) {\n    setCommunityGroupStatus(input: $input) {\n      id\n      status\n      statusReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGroups($status: GroupStatus, $fieldCode: FieldCode, $districtCode: String, $text: String) {\n    communityGroups(status: $status, fieldCode: $fieldCode, districtCode: $districtCode, text: $text) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      status\n      interviewedOn\n      version\n    }\n  }\n"): (typeof documents)["\n  query CommunityGroups($status: GroupStatus, $fieldCode: FieldCode, $districtCode: String, $text: String) {\n    communityGroups(status: $status, fieldCode: $fieldCode, districtCode: $districtCode, text: $text) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      status\n      interviewedOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupListDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query GroupListDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCommunityGroup($input: CommunityGroupInput!) {\n    registerCommunityGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCommunityGroup($input: CommunityGroupInput!) {\n    registerCommunityGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProduceIntroductionSheet($requestId: ID!) {\n    produceIntroductionSheet(requestId: $requestId) {\n      requestId\n      number\n      generatedOn\n      validUntil\n      groupName\n      purpose\n      entries {\n        field\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProduceIntroductionSheet($requestId: ID!) {\n    produceIntroductionSheet(requestId: $requestId) {\n      requestId\n      number\n      generatedOn\n      validUntil\n      groupName\n      purpose\n      entries {\n        field\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentPostingDetail($id: ID!) {\n    recruitmentPosting(id: $id) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      status\n      version\n      authorId\n      contactFlags\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      closedAt\n      closeReason\n      group {\n        id\n        name\n      }\n      reviews {\n        id\n        version\n        decision\n        reviewerId\n        note\n        contactFlags\n        reviewedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query RecruitmentPostingDetail($id: ID!) {\n    recruitmentPosting(id: $id) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      status\n      version\n      authorId\n      contactFlags\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      closedAt\n      closeReason\n      group {\n        id\n        name\n      }\n      reviews {\n        id\n        version\n        decision\n        reviewerId\n        note\n        contactFlags\n        reviewedAt\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecruitmentPosting($id: ID!, $expectedVersion: Int!, $input: PostingInput!) {\n    updateRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecruitmentPosting($id: ID!, $expectedVersion: Int!, $input: PostingInput!) {\n    updateRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRecruitmentPosting($id: ID!, $expectedVersion: Int!) {\n    submitRecruitmentPosting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRecruitmentPosting($id: ID!, $expectedVersion: Int!) {\n    submitRecruitmentPosting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRecruitmentPosting($input: PostingReviewInput!) {\n    reviewRecruitmentPosting(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewRecruitmentPosting($input: PostingReviewInput!) {\n    reviewRecruitmentPosting(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRecruitmentPosting($id: ID!, $expectedVersion: Int!, $reason: String) {\n    closeRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRecruitmentPosting($id: ID!, $expectedVersion: Int!, $reason: String) {\n    closeRecruitmentPosting(id: $id, expectedVersion: $expectedVersion, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      fieldCodes\n      expiresOn\n      submittedAt\n      updatedAt\n      authorId\n      contactFlags\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecruitmentPostings($groupId: ID) {\n    recruitmentPostings(groupId: $groupId) {\n      id\n      title\n      status\n      fieldCodes\n      expiresOn\n      submittedAt\n      updatedAt\n      authorId\n      contactFlags\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRecruitmentPosting($input: PostingInput!) {\n    createRecruitmentPosting(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRecruitmentPosting($input: PostingInput!) {\n    createRecruitmentPosting(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetSurveyQuestions($id: ID!, $questions: [SurveyQuestionInput!]!) {\n    setSurveyQuestions(id: $id, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetSurveyQuestions($id: ID!, $questions: [SurveyQuestionInput!]!) {\n    setSurveyQuestions(id: $id, questions: $questions) {\n      ...ConsoleSurvey\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;