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
    "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n    pendingActions\n    privacyNoticeDeclined\n  }\n": typeof types.MemberSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation RequestConsultation($input: ConsultationInput!) {\n    requestConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestConsultationDocument,
    "\n  query PostingInterestState {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      status\n    }\n  }\n": typeof types.PostingInterestStateDocument,
    "\n  mutation ExpressInterest($postingId: ID!) {\n    expressInterest(postingId: $postingId) {\n      id\n      postingId\n      status\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation AnswerDisclosureRequest($id: ID!, $expectedVersion: Int!, $approved: [DisclosureField!]!) {\n    answerDisclosureRequest(id: $id, expectedVersion: $expectedVersion, approved: $approved) {\n      id\n      status\n      version\n      answeredAt\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": typeof types.AnswerDisclosureRequestDocument,
    "\n  mutation RevokeDisclosure($id: ID!, $fields: [DisclosureField!]) {\n    revokeDisclosure(id: $id, fields: $fields) {\n      id\n      field\n      approved\n      decidedAt\n      revokedAt\n    }\n  }\n": typeof types.RevokeDisclosureDocument,
    "\n  query MyDisclosureRequests {\n    myDisclosureRequests {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n        publicContact\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": typeof types.MyDisclosureRequestsDocument,
    "\n  query PublicPostings($fieldCode: FieldCode, $districtCode: String) {\n    publicPostings(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      title\n      fieldCodes\n      districtCode\n      schedule\n      alumniWelcome\n      expiresOn\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublicPostingsDocument,
    "\n  fragment FieldName on Field {\n    code\n    nameJa\n    nameEn\n  }\n": typeof types.FieldNameFragmentDoc,
    "\n  fragment CourseHeading on Course {\n    id\n    title\n    titleEn\n    field {\n      ...FieldName\n    }\n  }\n": typeof types.CourseHeadingFragmentDoc,
    "\n  fragment CohortSchedule on Cohort {\n    id\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n": typeof types.CohortScheduleFragmentDoc,
    "\n  fragment MyApplicationFields on Application {\n    id\n    status\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    preferredContact\n    emailAlerts\n  }\n": typeof types.MyApplicationFieldsFragmentDoc,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    studentNumber\n    enrolledAt\n    withdrawnAt\n  }\n": typeof types.EnrollmentFieldsFragmentDoc,
    "\n  fragment MyAccountFields on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    pendingEmail\n    emailConfirmed\n    phone\n    residency\n    address\n    workplaceOrSchool\n    createdAt\n  }\n": typeof types.MyAccountFieldsFragmentDoc,
    "\n  fragment MyDetailsFields on Account {\n    ...MyAccountFields\n    secondFactor {\n      totp\n      recoveryCodesLeft\n    }\n    changes {\n      id\n      at\n      kind\n      fields\n      byAdministrator\n    }\n  }\n": typeof types.MyDetailsFieldsFragmentDoc,
    "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  query MyDetails {\n    me {\n      ...MyDetailsFields\n    }\n  }\n": typeof types.MyDetailsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMyDetails($input: MyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      ...MyDetailsFields\n    }\n  }\n": typeof types.UpdateMyDetailsDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableSecondFactor($currentPassword: String!) {\n    disableSecondFactor(currentPassword: $currentPassword)\n  }\n": typeof types.DisableSecondFactorDocument,
    "\n  fragment MyActivityVersion on ActivityRecordVersion {\n    id\n    version\n    fieldCodes\n    groupName\n    role\n    startedOn\n    endedOn\n    hoursPerMonth\n    source\n    enteredAt\n  }\n": typeof types.MyActivityVersionFragmentDoc,
    "\n  query MyActivityRecords {\n    myFollowUpConsent {\n      alumnus\n    }\n    myActivityRecords {\n      id\n      current {\n        ...MyActivityVersion\n      }\n      history {\n        ...MyActivityVersion\n      }\n    }\n  }\n": typeof types.MyActivityRecordsDocument,
    "\n  mutation AddMyActivity($input: ActivityInput!) {\n    addMyActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMyActivityDocument,
    "\n  mutation CorrectMyActivity($input: ActivityCorrectionInput!) {\n    correctMyActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.CorrectMyActivityDocument,
    "\n  query CohortForApplication($id: ID!) {\n    cohort(id: $id) {\n      ...CohortSchedule\n      acceptingApplications\n      course {\n        ...CourseHeading\n        years\n        motivationRequired\n        eligibility\n      }\n      myApplication {\n        ...MyApplicationFields\n      }\n    }\n    me {\n      id\n      residency\n      workplaceOrSchool\n    }\n  }\n": typeof types.CohortForApplicationDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      code\n      status\n      waitlistPosition\n      offerDeadline\n      submittedAt\n      cohort {\n        id\n        academicYear\n        startsOn\n        endsOn\n        status\n        acceptingApplications\n        course {\n          ...CourseHeading\n        }\n        lottery {\n          commitment\n          seed\n        }\n      }\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  mutation ApplyToCohort($input: ApplyInput!) {\n    applyToCohort(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": typeof types.ApplyToCohortDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...MyApplicationFields\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  mutation RespondToOffer($applicationId: ID!, $accept: Boolean!) {\n    respondToOffer(applicationId: $applicationId, accept: $accept) {\n      id\n      status\n      offerDeadline\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": typeof types.RespondToOfferDocument,
    "\n  mutation WithdrawEnrollment($applicationId: ID!) {\n    withdrawEnrollment(applicationId: $applicationId) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": typeof types.LotteryTranscriptDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n      secondFactor {\n        token\n        methods\n        expiresIn\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": typeof types.LoginSecondFactorDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query SessionAccount {\n    me {\n      ...MemberSession\n    }\n  }\n": typeof types.SessionAccountDocument,
    "\n  query VerifyCertificate($number: String!, $check: String!) {\n    verifyCertificate(number: $number, check: $check) {\n      status\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedOn\n      revokedOn\n    }\n    fields {\n      ...FieldName\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  mutation CheckCertificateName($input: CertificateNameCheckInput!) {\n    checkCertificateName(input: $input)\n  }\n": typeof types.CheckCertificateNameDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedAt\n      revokedAt\n    }\n    fields {\n      ...FieldName\n    }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  query MyCertificatePdf($certificateId: ID!) {\n    myCertificatePdf(certificateId: $certificateId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": typeof types.MyCertificatePdfDocument,
    "\n  query CourseList {\n    courses {\n      ...CourseHeading\n      years\n    }\n  }\n": typeof types.CourseListDocument,
    "\n  fragment MyFollowUpConsent on FollowUpConsentState {\n    alumnus\n    noticeVersion\n    current {\n      ...MyConsentChoice\n    }\n    history {\n      ...MyConsentChoice\n    }\n  }\n": typeof types.MyFollowUpConsentFragmentDoc,
    "\n  fragment MyConsentChoice on Consent {\n    id\n    granted\n    version\n    source\n    acceptedAt\n  }\n": typeof types.MyConsentChoiceFragmentDoc,
    "\n  query MyFollowUpConsent {\n    myFollowUpConsent {\n      ...MyFollowUpConsent\n    }\n  }\n": typeof types.MyFollowUpConsentDocument,
    "\n  mutation SetFollowUpConsent($granted: Boolean!, $noticeVersion: String!) {\n    setFollowUpConsent(granted: $granted, noticeVersion: $noticeVersion) {\n      ...MyFollowUpConsent\n    }\n  }\n": typeof types.SetFollowUpConsentDocument,
    "\n  query MyCourse($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      status\n      course {\n        ...CourseHeading\n      }\n      myApplication {\n        id\n        status\n        enrollment {\n          ...EnrollmentFields\n          withdrawalReason\n        }\n      }\n      classSessions {\n        id\n        title\n        venue\n        kind\n        startsAt\n        endsAt\n        countsTowardCompletion\n        requiredForCompletion\n        cancelledAt\n        cancelReason\n      }\n    }\n    myAttendance(cohortId: $cohortId) {\n      cohortId\n      statuses {\n        code\n        label\n        labelEn\n      }\n      sessions {\n        statusCode\n        session {\n          id\n        }\n        attendance {\n          id\n          source\n          updatedAt\n          changes {\n            id\n            at\n            fromStatus\n            toStatus\n            reason\n            source\n          }\n        }\n      }\n    }\n    myProgress(cohortId: $cohortId) {\n      attended\n      planned\n      past\n      future\n      absences\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      achievable\n      state\n    }\n    myCompletions {\n      id\n      cohortId\n      outcome\n      completedOn\n    }\n  }\n": typeof types.MyCourseDocument,
    "\n  mutation WithdrawFromCourse($applicationId: ID!, $reason: WithdrawalReason!, $text: String) {\n    withdrawEnrollment(applicationId: $applicationId, reason: $reason, text: $text) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n        withdrawalReason\n      }\n    }\n  }\n": typeof types.WithdrawFromCourseDocument,
    "\n  mutation CheckIn($classSessionId: ID!, $code: String!) {\n    checkIn(classSessionId: $classSessionId, code: $code) {\n      classSessionId\n      recorded\n      statusCode\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query CheckInSession($id: ID!) {\n    classSession(id: $id) {\n      id\n      cohortId\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n    }\n  }\n": typeof types.CheckInSessionDocument,
    "\n  query PublicNotices {\n    publicNotices {\n      id\n      title\n      body\n      createdAt\n    }\n  }\n": typeof types.PublicNoticesDocument,
    "\n  query MyNotices {\n    myNotices {\n      messageKey\n      params {\n        name\n        value\n      }\n      id\n      title\n      body\n      createdAt\n      read\n      kind\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n": typeof types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNoticeReadDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      html\n    }\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  query MyAccessHistory($offset: Int, $limit: Int) {\n    myAccessHistory(offset: $offset, limit: $limit) {\n      total\n      items {\n        at\n        dataKinds\n        action\n        organisation\n        contractor\n        staffCode\n      }\n    }\n  }\n": typeof types.MyAccessHistoryDocument,
    "\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n": typeof types.MyErasureRequestDocument,
    "\n  mutation RequestErasure {\n    requestErasure(confirm: true) {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  mutation CancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelErasureRequestDocument,
    "\n  query Fields {\n    fields {\n      ...FieldName\n      years\n    }\n  }\n": typeof types.FieldsDocument,
    "\n  query OpenCohorts {\n    openCohorts {\n      ...CohortSchedule\n      course {\n        ...CourseHeading\n        years\n      }\n    }\n  }\n": typeof types.OpenCohortsDocument,
    "\n  query PortalDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.PortalDistrictsDocument,
    "\n  query PrivacyRenewalNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n      effectiveFrom\n    }\n  }\n": typeof types.PrivacyRenewalNoticeDocument,
    "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version)\n  }\n": typeof types.AcceptPrivacyNoticeDocument,
    "\n  mutation DeclinePrivacyNotice($version: String!) {\n    declinePrivacyNotice(version: $version)\n  }\n": typeof types.DeclinePrivacyNoticeDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      ...CourseHeading\n      years\n      description\n      scheduleOutline\n      eligibility\n      minAttendanceRate\n      motivationRequired\n      cohorts {\n        ...CohortSchedule\n        acceptingApplications\n        resultsOn\n        announcedAt\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  query PublicLotteryPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      capacity\n      selectionMethod\n      status\n      applicationClosesAt\n      resultsOn\n      course {\n        ...CourseHeading\n      }\n    }\n    publicLottery(cohortId: $id) {\n      cohortId\n      capacity\n      entries\n      frozenAt\n      commitment\n      drawnAt\n      seed\n      announced\n      transcript\n    }\n  }\n": typeof types.PublicLotteryPageDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      loginId\n      kind\n    }\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": typeof types.ResendEmailConfirmationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n": typeof types.RequestLoginIdReminderDocument,
    "\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n": typeof types.RecoverLoginIdDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n": typeof types.PrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": typeof types.RegisterDocument,
    "\n  query SiteContact {\n    siteContact {\n      section\n      phone\n      email\n      hours\n    }\n  }\n": typeof types.SiteContactDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      invitation {\n        id\n        answers\n      }\n      questions {\n        key\n        kind\n        label\n        required\n        choices {\n          key\n          label\n        }\n      }\n    }\n  }\n": typeof types.MySurveysDocument,
    "\n  mutation SaveSurveyDraft($id: ID!, $answers: String!) {\n    saveSurveyDraft(id: $id, answers: $answers) {\n      id\n      invitation {\n        id\n        answers\n      }\n    }\n  }\n": typeof types.SaveSurveyDraftDocument,
    "\n  mutation SubmitSurveyAnswers($id: ID!, $answers: String!) {\n    submitSurveyAnswers(id: $id, answers: $answers)\n  }\n": typeof types.SubmitSurveyAnswersDocument,
    "\n  mutation DeclineSurvey($id: ID!) {\n    declineSurvey(id: $id)\n  }\n": typeof types.DeclineSurveyDocument,
    "\n  query PendingAddress {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.PendingAddressDocument,
    "\n  query PortalGroupDirectory($fieldCode: FieldCode, $districtCode: String) {\n    groupDirectory(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      openPostings {\n        id\n        title\n        alumniWelcome\n      }\n    }\n  }\n": typeof types.PortalGroupDirectoryDocument,
    "\n  query PortalGroupDirectoryMine {\n    myFollowUpConsent {\n      alumnus\n    }\n    groupDirectory {\n      id\n      openPostings {\n        id\n        welcomesMe\n      }\n    }\n  }\n": typeof types.PortalGroupDirectoryMineDocument,
    "\n  query ActivityGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n": typeof types.ActivityGroupDirectoryDocument,
    "\n  query MyActivityGroupIds {\n    myActivityRecords {\n      id\n      current {\n        id\n        groupId\n      }\n    }\n  }\n": typeof types.MyActivityGroupIdsDocument,
    "\n  query MyConsultations {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      status\n      closeReason\n      source\n      createdAt\n      introductions {\n        id\n        group {\n          id\n          name\n          publicContact\n        }\n        meetingAt\n        place\n        status\n        followUpOn\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.MyConsultationsDocument,
    "\n  query ConsultationPostingTitles {\n    publicPostings {\n      id\n      title\n    }\n  }\n": typeof types.ConsultationPostingTitlesDocument,
    "\n  query SurveyGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n": typeof types.SurveyGroupDirectoryDocument,
    "\n  query PublicPosting($postingId: ID!) {\n    publicPosting(postingId: $postingId) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      publishedAt\n      group {\n        id\n        name\n        kind\n        publicDescription\n        publicContact\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": typeof types.PublicPostingDocument,
};
const documents: Documents = {
    "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n    pendingActions\n    privacyNoticeDeclined\n  }\n": types.MemberSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation RequestConsultation($input: ConsultationInput!) {\n    requestConsultation(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestConsultationDocument,
    "\n  query PostingInterestState {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      status\n    }\n  }\n": types.PostingInterestStateDocument,
    "\n  mutation ExpressInterest($postingId: ID!) {\n    expressInterest(postingId: $postingId) {\n      id\n      postingId\n      status\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation AnswerDisclosureRequest($id: ID!, $expectedVersion: Int!, $approved: [DisclosureField!]!) {\n    answerDisclosureRequest(id: $id, expectedVersion: $expectedVersion, approved: $approved) {\n      id\n      status\n      version\n      answeredAt\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": types.AnswerDisclosureRequestDocument,
    "\n  mutation RevokeDisclosure($id: ID!, $fields: [DisclosureField!]) {\n    revokeDisclosure(id: $id, fields: $fields) {\n      id\n      field\n      approved\n      decidedAt\n      revokedAt\n    }\n  }\n": types.RevokeDisclosureDocument,
    "\n  query MyDisclosureRequests {\n    myDisclosureRequests {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n        publicContact\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n": types.MyDisclosureRequestsDocument,
    "\n  query PublicPostings($fieldCode: FieldCode, $districtCode: String) {\n    publicPostings(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      title\n      fieldCodes\n      districtCode\n      schedule\n      alumniWelcome\n      expiresOn\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.PublicPostingsDocument,
    "\n  fragment FieldName on Field {\n    code\n    nameJa\n    nameEn\n  }\n": types.FieldNameFragmentDoc,
    "\n  fragment CourseHeading on Course {\n    id\n    title\n    titleEn\n    field {\n      ...FieldName\n    }\n  }\n": types.CourseHeadingFragmentDoc,
    "\n  fragment CohortSchedule on Cohort {\n    id\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n": types.CohortScheduleFragmentDoc,
    "\n  fragment MyApplicationFields on Application {\n    id\n    status\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    preferredContact\n    emailAlerts\n  }\n": types.MyApplicationFieldsFragmentDoc,
    "\n  fragment EnrollmentFields on Enrollment {\n    id\n    studentNumber\n    enrolledAt\n    withdrawnAt\n  }\n": types.EnrollmentFieldsFragmentDoc,
    "\n  fragment MyAccountFields on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    pendingEmail\n    emailConfirmed\n    phone\n    residency\n    address\n    workplaceOrSchool\n    createdAt\n  }\n": types.MyAccountFieldsFragmentDoc,
    "\n  fragment MyDetailsFields on Account {\n    ...MyAccountFields\n    secondFactor {\n      totp\n      recoveryCodesLeft\n    }\n    changes {\n      id\n      at\n      kind\n      fields\n      byAdministrator\n    }\n  }\n": types.MyDetailsFieldsFragmentDoc,
    "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n": types.MyAccountDocument,
    "\n  query MyDetails {\n    me {\n      ...MyDetailsFields\n    }\n  }\n": types.MyDetailsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMyDetails($input: MyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      ...MyDetailsFields\n    }\n  }\n": types.UpdateMyDetailsDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes($currentPassword: String!) {\n    regenerateRecoveryCodes(currentPassword: $currentPassword) {\n      codes\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableSecondFactor($currentPassword: String!) {\n    disableSecondFactor(currentPassword: $currentPassword)\n  }\n": types.DisableSecondFactorDocument,
    "\n  fragment MyActivityVersion on ActivityRecordVersion {\n    id\n    version\n    fieldCodes\n    groupName\n    role\n    startedOn\n    endedOn\n    hoursPerMonth\n    source\n    enteredAt\n  }\n": types.MyActivityVersionFragmentDoc,
    "\n  query MyActivityRecords {\n    myFollowUpConsent {\n      alumnus\n    }\n    myActivityRecords {\n      id\n      current {\n        ...MyActivityVersion\n      }\n      history {\n        ...MyActivityVersion\n      }\n    }\n  }\n": types.MyActivityRecordsDocument,
    "\n  mutation AddMyActivity($input: ActivityInput!) {\n    addMyActivity(input: $input) {\n      id\n    }\n  }\n": types.AddMyActivityDocument,
    "\n  mutation CorrectMyActivity($input: ActivityCorrectionInput!) {\n    correctMyActivity(input: $input) {\n      id\n    }\n  }\n": types.CorrectMyActivityDocument,
    "\n  query CohortForApplication($id: ID!) {\n    cohort(id: $id) {\n      ...CohortSchedule\n      acceptingApplications\n      course {\n        ...CourseHeading\n        years\n        motivationRequired\n        eligibility\n      }\n      myApplication {\n        ...MyApplicationFields\n      }\n    }\n    me {\n      id\n      residency\n      workplaceOrSchool\n    }\n  }\n": types.CohortForApplicationDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      code\n      status\n      waitlistPosition\n      offerDeadline\n      submittedAt\n      cohort {\n        id\n        academicYear\n        startsOn\n        endsOn\n        status\n        acceptingApplications\n        course {\n          ...CourseHeading\n        }\n        lottery {\n          commitment\n          seed\n        }\n      }\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  mutation ApplyToCohort($input: ApplyInput!) {\n    applyToCohort(input: $input) {\n      id\n      code\n      status\n    }\n  }\n": types.ApplyToCohortDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...MyApplicationFields\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  mutation RespondToOffer($applicationId: ID!, $accept: Boolean!) {\n    respondToOffer(applicationId: $applicationId, accept: $accept) {\n      id\n      status\n      offerDeadline\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": types.RespondToOfferDocument,
    "\n  mutation WithdrawEnrollment($applicationId: ID!) {\n    withdrawEnrollment(applicationId: $applicationId) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": types.LotteryTranscriptDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n      secondFactor {\n        token\n        methods\n        expiresIn\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": types.LoginSecondFactorDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query SessionAccount {\n    me {\n      ...MemberSession\n    }\n  }\n": types.SessionAccountDocument,
    "\n  query VerifyCertificate($number: String!, $check: String!) {\n    verifyCertificate(number: $number, check: $check) {\n      status\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedOn\n      revokedOn\n    }\n    fields {\n      ...FieldName\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  mutation CheckCertificateName($input: CertificateNameCheckInput!) {\n    checkCertificateName(input: $input)\n  }\n": types.CheckCertificateNameDocument,
    "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedAt\n      revokedAt\n    }\n    fields {\n      ...FieldName\n    }\n  }\n": types.MyCertificatesDocument,
    "\n  query MyCertificatePdf($certificateId: ID!) {\n    myCertificatePdf(certificateId: $certificateId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": types.MyCertificatePdfDocument,
    "\n  query CourseList {\n    courses {\n      ...CourseHeading\n      years\n    }\n  }\n": types.CourseListDocument,
    "\n  fragment MyFollowUpConsent on FollowUpConsentState {\n    alumnus\n    noticeVersion\n    current {\n      ...MyConsentChoice\n    }\n    history {\n      ...MyConsentChoice\n    }\n  }\n": types.MyFollowUpConsentFragmentDoc,
    "\n  fragment MyConsentChoice on Consent {\n    id\n    granted\n    version\n    source\n    acceptedAt\n  }\n": types.MyConsentChoiceFragmentDoc,
    "\n  query MyFollowUpConsent {\n    myFollowUpConsent {\n      ...MyFollowUpConsent\n    }\n  }\n": types.MyFollowUpConsentDocument,
    "\n  mutation SetFollowUpConsent($granted: Boolean!, $noticeVersion: String!) {\n    setFollowUpConsent(granted: $granted, noticeVersion: $noticeVersion) {\n      ...MyFollowUpConsent\n    }\n  }\n": types.SetFollowUpConsentDocument,
    "\n  query MyCourse($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      status\n      course {\n        ...CourseHeading\n      }\n      myApplication {\n        id\n        status\n        enrollment {\n          ...EnrollmentFields\n          withdrawalReason\n        }\n      }\n      classSessions {\n        id\n        title\n        venue\n        kind\n        startsAt\n        endsAt\n        countsTowardCompletion\n        requiredForCompletion\n        cancelledAt\n        cancelReason\n      }\n    }\n    myAttendance(cohortId: $cohortId) {\n      cohortId\n      statuses {\n        code\n        label\n        labelEn\n      }\n      sessions {\n        statusCode\n        session {\n          id\n        }\n        attendance {\n          id\n          source\n          updatedAt\n          changes {\n            id\n            at\n            fromStatus\n            toStatus\n            reason\n            source\n          }\n        }\n      }\n    }\n    myProgress(cohortId: $cohortId) {\n      attended\n      planned\n      past\n      future\n      absences\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      achievable\n      state\n    }\n    myCompletions {\n      id\n      cohortId\n      outcome\n      completedOn\n    }\n  }\n": types.MyCourseDocument,
    "\n  mutation WithdrawFromCourse($applicationId: ID!, $reason: WithdrawalReason!, $text: String) {\n    withdrawEnrollment(applicationId: $applicationId, reason: $reason, text: $text) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n        withdrawalReason\n      }\n    }\n  }\n": types.WithdrawFromCourseDocument,
    "\n  mutation CheckIn($classSessionId: ID!, $code: String!) {\n    checkIn(classSessionId: $classSessionId, code: $code) {\n      classSessionId\n      recorded\n      statusCode\n    }\n  }\n": types.CheckInDocument,
    "\n  query CheckInSession($id: ID!) {\n    classSession(id: $id) {\n      id\n      cohortId\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n    }\n  }\n": types.CheckInSessionDocument,
    "\n  query PublicNotices {\n    publicNotices {\n      id\n      title\n      body\n      createdAt\n    }\n  }\n": types.PublicNoticesDocument,
    "\n  query MyNotices {\n    myNotices {\n      messageKey\n      params {\n        name\n        value\n      }\n      id\n      title\n      body\n      createdAt\n      read\n      kind\n    }\n  }\n": types.MyNoticesDocument,
    "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n": types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNoticeReadDocument,
    "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      html\n    }\n  }\n": types.MyPersonalDataDocument,
    "\n  query MyAccessHistory($offset: Int, $limit: Int) {\n    myAccessHistory(offset: $offset, limit: $limit) {\n      total\n      items {\n        at\n        dataKinds\n        action\n        organisation\n        contractor\n        staffCode\n      }\n    }\n  }\n": types.MyAccessHistoryDocument,
    "\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n": types.MyErasureRequestDocument,
    "\n  mutation RequestErasure {\n    requestErasure(confirm: true) {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n": types.RequestErasureDocument,
    "\n  mutation CancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.CancelErasureRequestDocument,
    "\n  query Fields {\n    fields {\n      ...FieldName\n      years\n    }\n  }\n": types.FieldsDocument,
    "\n  query OpenCohorts {\n    openCohorts {\n      ...CohortSchedule\n      course {\n        ...CourseHeading\n        years\n      }\n    }\n  }\n": types.OpenCohortsDocument,
    "\n  query PortalDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.PortalDistrictsDocument,
    "\n  query PrivacyRenewalNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n      effectiveFrom\n    }\n  }\n": types.PrivacyRenewalNoticeDocument,
    "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version)\n  }\n": types.AcceptPrivacyNoticeDocument,
    "\n  mutation DeclinePrivacyNotice($version: String!) {\n    declinePrivacyNotice(version: $version)\n  }\n": types.DeclinePrivacyNoticeDocument,
    "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      ...CourseHeading\n      years\n      description\n      scheduleOutline\n      eligibility\n      minAttendanceRate\n      motivationRequired\n      cohorts {\n        ...CohortSchedule\n        acceptingApplications\n        resultsOn\n        announcedAt\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  query PublicLotteryPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      capacity\n      selectionMethod\n      status\n      applicationClosesAt\n      resultsOn\n      course {\n        ...CourseHeading\n      }\n    }\n    publicLottery(cohortId: $id) {\n      cohortId\n      capacity\n      entries\n      frozenAt\n      commitment\n      drawnAt\n      seed\n      announced\n      transcript\n    }\n  }\n": types.PublicLotteryPageDocument,
    "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      loginId\n      kind\n    }\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n": types.ResendEmailConfirmationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      loginId\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestLoginIdReminder($email: String!) {\n    requestLoginIdReminder(email: $email)\n  }\n": types.RequestLoginIdReminderDocument,
    "\n  mutation RecoverLoginId($token: String!) {\n    recoverLoginId(token: $token) {\n      loginId\n    }\n  }\n": types.RecoverLoginIdDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n": types.PrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n": types.RegisterDocument,
    "\n  query SiteContact {\n    siteContact {\n      section\n      phone\n      email\n      hours\n    }\n  }\n": types.SiteContactDocument,
    "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      invitation {\n        id\n        answers\n      }\n      questions {\n        key\n        kind\n        label\n        required\n        choices {\n          key\n          label\n        }\n      }\n    }\n  }\n": types.MySurveysDocument,
    "\n  mutation SaveSurveyDraft($id: ID!, $answers: String!) {\n    saveSurveyDraft(id: $id, answers: $answers) {\n      id\n      invitation {\n        id\n        answers\n      }\n    }\n  }\n": types.SaveSurveyDraftDocument,
    "\n  mutation SubmitSurveyAnswers($id: ID!, $answers: String!) {\n    submitSurveyAnswers(id: $id, answers: $answers)\n  }\n": types.SubmitSurveyAnswersDocument,
    "\n  mutation DeclineSurvey($id: ID!) {\n    declineSurvey(id: $id)\n  }\n": types.DeclineSurveyDocument,
    "\n  query PendingAddress {\n    me {\n      id\n      email\n    }\n  }\n": types.PendingAddressDocument,
    "\n  query PortalGroupDirectory($fieldCode: FieldCode, $districtCode: String) {\n    groupDirectory(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      openPostings {\n        id\n        title\n        alumniWelcome\n      }\n    }\n  }\n": types.PortalGroupDirectoryDocument,
    "\n  query PortalGroupDirectoryMine {\n    myFollowUpConsent {\n      alumnus\n    }\n    groupDirectory {\n      id\n      openPostings {\n        id\n        welcomesMe\n      }\n    }\n  }\n": types.PortalGroupDirectoryMineDocument,
    "\n  query ActivityGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n": types.ActivityGroupDirectoryDocument,
    "\n  query MyActivityGroupIds {\n    myActivityRecords {\n      id\n      current {\n        id\n        groupId\n      }\n    }\n  }\n": types.MyActivityGroupIdsDocument,
    "\n  query MyConsultations {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      status\n      closeReason\n      source\n      createdAt\n      introductions {\n        id\n        group {\n          id\n          name\n          publicContact\n        }\n        meetingAt\n        place\n        status\n        followUpOn\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.MyConsultationsDocument,
    "\n  query ConsultationPostingTitles {\n    publicPostings {\n      id\n      title\n    }\n  }\n": types.ConsultationPostingTitlesDocument,
    "\n  query SurveyGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n": types.SurveyGroupDirectoryDocument,
    "\n  query PublicPosting($postingId: ID!) {\n    publicPosting(postingId: $postingId) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      publishedAt\n      group {\n        id\n        name\n        kind\n        publicDescription\n        publicContact\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n": types.PublicPostingDocument,
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
export function graphql(source: "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n    pendingActions\n    privacyNoticeDeclined\n  }\n"): (typeof documents)["\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n    pendingActions\n    privacyNoticeDeclined\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConsultation($input: ConsultationInput!) {\n    requestConsultation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestConsultation($input: ConsultationInput!) {\n    requestConsultation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostingInterestState {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      status\n    }\n  }\n"): (typeof documents)["\n  query PostingInterestState {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($postingId: ID!) {\n    expressInterest(postingId: $postingId) {\n      id\n      postingId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($postingId: ID!) {\n    expressInterest(postingId: $postingId) {\n      id\n      postingId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDisclosureRequest($id: ID!, $expectedVersion: Int!, $approved: [DisclosureField!]!) {\n    answerDisclosureRequest(id: $id, expectedVersion: $expectedVersion, approved: $approved) {\n      id\n      status\n      version\n      answeredAt\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerDisclosureRequest($id: ID!, $expectedVersion: Int!, $approved: [DisclosureField!]!) {\n    answerDisclosureRequest(id: $id, expectedVersion: $expectedVersion, approved: $approved) {\n      id\n      status\n      version\n      answeredAt\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDisclosure($id: ID!, $fields: [DisclosureField!]) {\n    revokeDisclosure(id: $id, fields: $fields) {\n      id\n      field\n      approved\n      decidedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDisclosure($id: ID!, $fields: [DisclosureField!]) {\n    revokeDisclosure(id: $id, fields: $fields) {\n      id\n      field\n      approved\n      decidedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDisclosureRequests {\n    myDisclosureRequests {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n        publicContact\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDisclosureRequests {\n    myDisclosureRequests {\n      id\n      number\n      fields\n      purpose\n      validUntil\n      status\n      version\n      createdAt\n      answeredAt\n      group {\n        id\n        name\n        publicContact\n      }\n      decisions {\n        id\n        field\n        approved\n        decidedAt\n        revokedAt\n      }\n      ledger {\n        id\n        action\n        fields\n        at\n        byStaff\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPostings($fieldCode: FieldCode, $districtCode: String) {\n    publicPostings(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      title\n      fieldCodes\n      districtCode\n      schedule\n      alumniWelcome\n      expiresOn\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicPostings($fieldCode: FieldCode, $districtCode: String) {\n    publicPostings(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      title\n      fieldCodes\n      districtCode\n      schedule\n      alumniWelcome\n      expiresOn\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FieldName on Field {\n    code\n    nameJa\n    nameEn\n  }\n"): (typeof documents)["\n  fragment FieldName on Field {\n    code\n    nameJa\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseHeading on Course {\n    id\n    title\n    titleEn\n    field {\n      ...FieldName\n    }\n  }\n"): (typeof documents)["\n  fragment CourseHeading on Course {\n    id\n    title\n    titleEn\n    field {\n      ...FieldName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortSchedule on Cohort {\n    id\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n"): (typeof documents)["\n  fragment CohortSchedule on Cohort {\n    id\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyApplicationFields on Application {\n    id\n    status\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    preferredContact\n    emailAlerts\n  }\n"): (typeof documents)["\n  fragment MyApplicationFields on Application {\n    id\n    status\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    preferredContact\n    emailAlerts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnrollmentFields on Enrollment {\n    id\n    studentNumber\n    enrolledAt\n    withdrawnAt\n  }\n"): (typeof documents)["\n  fragment EnrollmentFields on Enrollment {\n    id\n    studentNumber\n    enrolledAt\n    withdrawnAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAccountFields on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    pendingEmail\n    emailConfirmed\n    phone\n    residency\n    address\n    workplaceOrSchool\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MyAccountFields on Account {\n    id\n    loginId\n    name\n    nameKana\n    email\n    pendingEmail\n    emailConfirmed\n    phone\n    residency\n    address\n    workplaceOrSchool\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyDetailsFields on Account {\n    ...MyAccountFields\n    secondFactor {\n      totp\n      recoveryCodesLeft\n    }\n    changes {\n      id\n      at\n      kind\n      fields\n      byAdministrator\n    }\n  }\n"): (typeof documents)["\n  fragment MyDetailsFields on Account {\n    ...MyAccountFields\n    secondFactor {\n      totp\n      recoveryCodesLeft\n    }\n    changes {\n      id\n      at\n      kind\n      fields\n      byAdministrator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      ...MyAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDetails {\n    me {\n      ...MyDetailsFields\n    }\n  }\n"): (typeof documents)["\n  query MyDetails {\n    me {\n      ...MyDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyDetails($input: MyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      ...MyDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyDetails($input: MyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      ...MyDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $currentPassword: String!) {\n    requestEmailChange(newEmail: $newEmail, currentPassword: $currentPassword)\n  }\n"];
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
export function graphql(source: "\n  mutation DisableSecondFactor($currentPassword: String!) {\n    disableSecondFactor(currentPassword: $currentPassword)\n  }\n"): (typeof documents)["\n  mutation DisableSecondFactor($currentPassword: String!) {\n    disableSecondFactor(currentPassword: $currentPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyActivityVersion on ActivityRecordVersion {\n    id\n    version\n    fieldCodes\n    groupName\n    role\n    startedOn\n    endedOn\n    hoursPerMonth\n    source\n    enteredAt\n  }\n"): (typeof documents)["\n  fragment MyActivityVersion on ActivityRecordVersion {\n    id\n    version\n    fieldCodes\n    groupName\n    role\n    startedOn\n    endedOn\n    hoursPerMonth\n    source\n    enteredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivityRecords {\n    myFollowUpConsent {\n      alumnus\n    }\n    myActivityRecords {\n      id\n      current {\n        ...MyActivityVersion\n      }\n      history {\n        ...MyActivityVersion\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActivityRecords {\n    myFollowUpConsent {\n      alumnus\n    }\n    myActivityRecords {\n      id\n      current {\n        ...MyActivityVersion\n      }\n      history {\n        ...MyActivityVersion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyActivity($input: ActivityInput!) {\n    addMyActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMyActivity($input: ActivityInput!) {\n    addMyActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMyActivity($input: ActivityCorrectionInput!) {\n    correctMyActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectMyActivity($input: ActivityCorrectionInput!) {\n    correctMyActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortForApplication($id: ID!) {\n    cohort(id: $id) {\n      ...CohortSchedule\n      acceptingApplications\n      course {\n        ...CourseHeading\n        years\n        motivationRequired\n        eligibility\n      }\n      myApplication {\n        ...MyApplicationFields\n      }\n    }\n    me {\n      id\n      residency\n      workplaceOrSchool\n    }\n  }\n"): (typeof documents)["\n  query CohortForApplication($id: ID!) {\n    cohort(id: $id) {\n      ...CohortSchedule\n      acceptingApplications\n      course {\n        ...CourseHeading\n        years\n        motivationRequired\n        eligibility\n      }\n      myApplication {\n        ...MyApplicationFields\n      }\n    }\n    me {\n      id\n      residency\n      workplaceOrSchool\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications {\n      id\n      code\n      status\n      waitlistPosition\n      offerDeadline\n      submittedAt\n      cohort {\n        id\n        academicYear\n        startsOn\n        endsOn\n        status\n        acceptingApplications\n        course {\n          ...CourseHeading\n        }\n        lottery {\n          commitment\n          seed\n        }\n      }\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications {\n      id\n      code\n      status\n      waitlistPosition\n      offerDeadline\n      submittedAt\n      cohort {\n        id\n        academicYear\n        startsOn\n        endsOn\n        status\n        acceptingApplications\n        course {\n          ...CourseHeading\n        }\n        lottery {\n          commitment\n          seed\n        }\n      }\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToCohort($input: ApplyInput!) {\n    applyToCohort(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToCohort($input: ApplyInput!) {\n    applyToCohort(input: $input) {\n      id\n      code\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...MyApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...MyApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToOffer($applicationId: ID!, $accept: Boolean!) {\n    respondToOffer(applicationId: $applicationId, accept: $accept) {\n      id\n      status\n      offerDeadline\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToOffer($applicationId: ID!, $accept: Boolean!) {\n    respondToOffer(applicationId: $applicationId, accept: $accept) {\n      id\n      status\n      offerDeadline\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($applicationId: ID!) {\n    withdrawEnrollment(applicationId: $applicationId) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEnrollment($applicationId: ID!) {\n    withdrawEnrollment(applicationId: $applicationId) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n"): (typeof documents)["\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n      secondFactor {\n        token\n        methods\n        expiresIn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n      secondFactor {\n        token\n        methods\n        expiresIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginSecondFactor($token: String!, $method: SecondFactorMethod!, $code: String!) {\n    loginSecondFactor(token: $token, method: $method, code: $code) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAccount {\n    me {\n      ...MemberSession\n    }\n  }\n"): (typeof documents)["\n  query SessionAccount {\n    me {\n      ...MemberSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($number: String!, $check: String!) {\n    verifyCertificate(number: $number, check: $check) {\n      status\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedOn\n      revokedOn\n    }\n    fields {\n      ...FieldName\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($number: String!, $check: String!) {\n    verifyCertificate(number: $number, check: $check) {\n      status\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedOn\n      revokedOn\n    }\n    fields {\n      ...FieldName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckCertificateName($input: CertificateNameCheckInput!) {\n    checkCertificateName(input: $input)\n  }\n"): (typeof documents)["\n  mutation CheckCertificateName($input: CertificateNameCheckInput!) {\n    checkCertificateName(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedAt\n      revokedAt\n    }\n    fields {\n      ...FieldName\n    }\n  }\n"): (typeof documents)["\n  query MyCertificates {\n    myCertificates {\n      id\n      number\n      courseTitle\n      fieldCode\n      startsOn\n      endsOn\n      completedOn\n      issuedAt\n      revokedAt\n    }\n    fields {\n      ...FieldName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificatePdf($certificateId: ID!) {\n    myCertificatePdf(certificateId: $certificateId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query MyCertificatePdf($certificateId: ID!) {\n    myCertificatePdf(certificateId: $certificateId) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseList {\n    courses {\n      ...CourseHeading\n      years\n    }\n  }\n"): (typeof documents)["\n  query CourseList {\n    courses {\n      ...CourseHeading\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyFollowUpConsent on FollowUpConsentState {\n    alumnus\n    noticeVersion\n    current {\n      ...MyConsentChoice\n    }\n    history {\n      ...MyConsentChoice\n    }\n  }\n"): (typeof documents)["\n  fragment MyFollowUpConsent on FollowUpConsentState {\n    alumnus\n    noticeVersion\n    current {\n      ...MyConsentChoice\n    }\n    history {\n      ...MyConsentChoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyConsentChoice on Consent {\n    id\n    granted\n    version\n    source\n    acceptedAt\n  }\n"): (typeof documents)["\n  fragment MyConsentChoice on Consent {\n    id\n    granted\n    version\n    source\n    acceptedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowUpConsent {\n    myFollowUpConsent {\n      ...MyFollowUpConsent\n    }\n  }\n"): (typeof documents)["\n  query MyFollowUpConsent {\n    myFollowUpConsent {\n      ...MyFollowUpConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpConsent($granted: Boolean!, $noticeVersion: String!) {\n    setFollowUpConsent(granted: $granted, noticeVersion: $noticeVersion) {\n      ...MyFollowUpConsent\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollowUpConsent($granted: Boolean!, $noticeVersion: String!) {\n    setFollowUpConsent(granted: $granted, noticeVersion: $noticeVersion) {\n      ...MyFollowUpConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCourse($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      status\n      course {\n        ...CourseHeading\n      }\n      myApplication {\n        id\n        status\n        enrollment {\n          ...EnrollmentFields\n          withdrawalReason\n        }\n      }\n      classSessions {\n        id\n        title\n        venue\n        kind\n        startsAt\n        endsAt\n        countsTowardCompletion\n        requiredForCompletion\n        cancelledAt\n        cancelReason\n      }\n    }\n    myAttendance(cohortId: $cohortId) {\n      cohortId\n      statuses {\n        code\n        label\n        labelEn\n      }\n      sessions {\n        statusCode\n        session {\n          id\n        }\n        attendance {\n          id\n          source\n          updatedAt\n          changes {\n            id\n            at\n            fromStatus\n            toStatus\n            reason\n            source\n          }\n        }\n      }\n    }\n    myProgress(cohortId: $cohortId) {\n      attended\n      planned\n      past\n      future\n      absences\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      achievable\n      state\n    }\n    myCompletions {\n      id\n      cohortId\n      outcome\n      completedOn\n    }\n  }\n"): (typeof documents)["\n  query MyCourse($cohortId: ID!) {\n    cohort(id: $cohortId) {\n      id\n      academicYear\n      startsOn\n      endsOn\n      status\n      course {\n        ...CourseHeading\n      }\n      myApplication {\n        id\n        status\n        enrollment {\n          ...EnrollmentFields\n          withdrawalReason\n        }\n      }\n      classSessions {\n        id\n        title\n        venue\n        kind\n        startsAt\n        endsAt\n        countsTowardCompletion\n        requiredForCompletion\n        cancelledAt\n        cancelReason\n      }\n    }\n    myAttendance(cohortId: $cohortId) {\n      cohortId\n      statuses {\n        code\n        label\n        labelEn\n      }\n      sessions {\n        statusCode\n        session {\n          id\n        }\n        attendance {\n          id\n          source\n          updatedAt\n          changes {\n            id\n            at\n            fromStatus\n            toStatus\n            reason\n            source\n          }\n        }\n      }\n    }\n    myProgress(cohortId: $cohortId) {\n      attended\n      planned\n      past\n      future\n      absences\n      rateSoFar\n      bestReachableRate\n      minRatePercent\n      achievable\n      state\n    }\n    myCompletions {\n      id\n      cohortId\n      outcome\n      completedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFromCourse($applicationId: ID!, $reason: WithdrawalReason!, $text: String) {\n    withdrawEnrollment(applicationId: $applicationId, reason: $reason, text: $text) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n        withdrawalReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFromCourse($applicationId: ID!, $reason: WithdrawalReason!, $text: String) {\n    withdrawEnrollment(applicationId: $applicationId, reason: $reason, text: $text) {\n      id\n      status\n      enrollment {\n        ...EnrollmentFields\n        withdrawalReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($classSessionId: ID!, $code: String!) {\n    checkIn(classSessionId: $classSessionId, code: $code) {\n      classSessionId\n      recorded\n      statusCode\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($classSessionId: ID!, $code: String!) {\n    checkIn(classSessionId: $classSessionId, code: $code) {\n      classSessionId\n      recorded\n      statusCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInSession($id: ID!) {\n    classSession(id: $id) {\n      id\n      cohortId\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  query CheckInSession($id: ID!) {\n    classSession(id: $id) {\n      id\n      cohortId\n      title\n      venue\n      startsAt\n      endsAt\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotices {\n    publicNotices {\n      id\n      title\n      body\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PublicNotices {\n    publicNotices {\n      id\n      title\n      body\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices {\n    myNotices {\n      messageKey\n      params {\n        name\n        value\n      }\n      id\n      title\n      body\n      createdAt\n      read\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MyNotices {\n    myNotices {\n      messageKey\n      params {\n        name\n        value\n      }\n      id\n      title\n      body\n      createdAt\n      read\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n"): (typeof documents)["\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      html\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData {\n      fileName\n      json\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccessHistory($offset: Int, $limit: Int) {\n    myAccessHistory(offset: $offset, limit: $limit) {\n      total\n      items {\n        at\n        dataKinds\n        action\n        organisation\n        contractor\n        staffCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAccessHistory($offset: Int, $limit: Int) {\n    myAccessHistory(offset: $offset, limit: $limit) {\n      total\n      items {\n        at\n        dataKinds\n        action\n        organisation\n        contractor\n        staffCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n"): (typeof documents)["\n  query MyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure {\n    requestErasure(confirm: true) {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure {\n    requestErasure(confirm: true) {\n      id\n      status\n      requestedAt\n      executableFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelErasureRequest($requestId: ID!) {\n    cancelErasureRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fields {\n    fields {\n      ...FieldName\n      years\n    }\n  }\n"): (typeof documents)["\n  query Fields {\n    fields {\n      ...FieldName\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCohorts {\n    openCohorts {\n      ...CohortSchedule\n      course {\n        ...CourseHeading\n        years\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCohorts {\n    openCohorts {\n      ...CohortSchedule\n      course {\n        ...CourseHeading\n        years\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query PortalDistricts {\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyRenewalNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n      effectiveFrom\n    }\n  }\n"): (typeof documents)["\n  query PrivacyRenewalNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n      effectiveFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version)\n  }\n"): (typeof documents)["\n  mutation AcceptPrivacyNotice($version: String!) {\n    acceptPrivacyNotice(version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePrivacyNotice($version: String!) {\n    declinePrivacyNotice(version: $version)\n  }\n"): (typeof documents)["\n  mutation DeclinePrivacyNotice($version: String!) {\n    declinePrivacyNotice(version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      ...CourseHeading\n      years\n      description\n      scheduleOutline\n      eligibility\n      minAttendanceRate\n      motivationRequired\n      cohorts {\n        ...CohortSchedule\n        acceptingApplications\n        resultsOn\n        announcedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePage($id: ID!) {\n    course(id: $id) {\n      ...CourseHeading\n      years\n      description\n      scheduleOutline\n      eligibility\n      minAttendanceRate\n      motivationRequired\n      cohorts {\n        ...CohortSchedule\n        acceptingApplications\n        resultsOn\n        announcedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLotteryPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      capacity\n      selectionMethod\n      status\n      applicationClosesAt\n      resultsOn\n      course {\n        ...CourseHeading\n      }\n    }\n    publicLottery(cohortId: $id) {\n      cohortId\n      capacity\n      entries\n      frozenAt\n      commitment\n      drawnAt\n      seed\n      announced\n      transcript\n    }\n  }\n"): (typeof documents)["\n  query PublicLotteryPage($id: ID!) {\n    cohort(id: $id) {\n      id\n      academicYear\n      capacity\n      selectionMethod\n      status\n      applicationClosesAt\n      resultsOn\n      course {\n        ...CourseHeading\n      }\n    }\n    publicLottery(cohortId: $id) {\n      cohortId\n      capacity\n      entries\n      frozenAt\n      commitment\n      drawnAt\n      seed\n      announced\n      transcript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      loginId\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($token: String!) {\n    confirmEmail(token: $token) {\n      loginId\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"): (typeof documents)["\n  mutation ResendEmailConfirmation {\n    resendEmailConfirmation\n  }\n"];
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
export function graphql(source: "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n"): (typeof documents)["\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteContact {\n    siteContact {\n      section\n      phone\n      email\n      hours\n    }\n  }\n"): (typeof documents)["\n  query SiteContact {\n    siteContact {\n      section\n      phone\n      email\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      invitation {\n        id\n        answers\n      }\n      questions {\n        key\n        kind\n        label\n        required\n        choices {\n          key\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySurveys {\n    mySurveys {\n      id\n      title\n      closesOn\n      invitation {\n        id\n        answers\n      }\n      questions {\n        key\n        kind\n        label\n        required\n        choices {\n          key\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyDraft($id: ID!, $answers: String!) {\n    saveSurveyDraft(id: $id, answers: $answers) {\n      id\n      invitation {\n        id\n        answers\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyDraft($id: ID!, $answers: String!) {\n    saveSurveyDraft(id: $id, answers: $answers) {\n      id\n      invitation {\n        id\n        answers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyAnswers($id: ID!, $answers: String!) {\n    submitSurveyAnswers(id: $id, answers: $answers)\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyAnswers($id: ID!, $answers: String!) {\n    submitSurveyAnswers(id: $id, answers: $answers)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSurvey($id: ID!) {\n    declineSurvey(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeclineSurvey($id: ID!) {\n    declineSurvey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingAddress {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query PendingAddress {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalGroupDirectory($fieldCode: FieldCode, $districtCode: String) {\n    groupDirectory(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      openPostings {\n        id\n        title\n        alumniWelcome\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalGroupDirectory($fieldCode: FieldCode, $districtCode: String) {\n    groupDirectory(fieldCode: $fieldCode, districtCode: $districtCode) {\n      id\n      name\n      kind\n      fieldCodes\n      districtCode\n      publicDescription\n      publicContact\n      openPostings {\n        id\n        title\n        alumniWelcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalGroupDirectoryMine {\n    myFollowUpConsent {\n      alumnus\n    }\n    groupDirectory {\n      id\n      openPostings {\n        id\n        welcomesMe\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalGroupDirectoryMine {\n    myFollowUpConsent {\n      alumnus\n    }\n    groupDirectory {\n      id\n      openPostings {\n        id\n        welcomesMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n"): (typeof documents)["\n  query ActivityGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivityGroupIds {\n    myActivityRecords {\n      id\n      current {\n        id\n        groupId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActivityGroupIds {\n    myActivityRecords {\n      id\n      current {\n        id\n        groupId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsultations {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      status\n      closeReason\n      source\n      createdAt\n      introductions {\n        id\n        group {\n          id\n          name\n          publicContact\n        }\n        meetingAt\n        place\n        status\n        followUpOn\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query MyConsultations {\n    myFollowUpConsent {\n      alumnus\n    }\n    myConsultations {\n      id\n      postingId\n      fieldCodes\n      districtCode\n      days\n      times\n      text\n      status\n      closeReason\n      source\n      createdAt\n      introductions {\n        id\n        group {\n          id\n          name\n          publicContact\n        }\n        meetingAt\n        place\n        status\n        followUpOn\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationPostingTitles {\n    publicPostings {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ConsultationPostingTitles {\n    publicPostings {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n"): (typeof documents)["\n  query SurveyGroupDirectory {\n    groupDirectory {\n      id\n      name\n      fieldCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPosting($postingId: ID!) {\n    publicPosting(postingId: $postingId) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      publishedAt\n      group {\n        id\n        name\n        kind\n        publicDescription\n        publicContact\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query PublicPosting($postingId: ID!) {\n    publicPosting(postingId: $postingId) {\n      id\n      title\n      roleDescription\n      fieldCodes\n      districtCode\n      schedule\n      headcount\n      alumniWelcome\n      expiresOn\n      publishedAt\n      group {\n        id\n        name\n        kind\n        publicDescription\n        publicContact\n      }\n    }\n    districts {\n      code\n      nameJa\n      nameEn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;