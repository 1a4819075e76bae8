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
    "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n  }\n": typeof types.StaffSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n": typeof types.CourseTitleFragmentDoc,
    "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n  }\n": typeof types.CourseFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n": typeof types.CohortFieldsFragmentDoc,
    "\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n": typeof types.CohortStatusChangeFragmentDoc,
    "\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n": typeof types.LotteryFieldsFragmentDoc,
    "\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n": typeof types.ApplicationReviewFieldsFragmentDoc,
    "\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n": typeof types.ContractorFieldsFragmentDoc,
    "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    role\n    contractor {\n      id\n      name\n    }\n  }\n": typeof types.StaffAccountRowFragmentDoc,
    "\n  query CohortApplications($cohortId: ID!, $filter: ApplicationFilter) {\n    cohortApplications(cohortId: $cohortId, filter: $filter) {\n      ...ApplicationReviewFields\n    }\n  }\n": typeof types.CohortApplicationsDocument,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n": typeof types.AdminApplicationDocument,
    "\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n": typeof types.SetApplicationEligibilityDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n": typeof types.DecideApplicationDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n": typeof types.AdminCohortDetailDocument,
    "\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.ChangeCohortStatusDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": typeof types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n": typeof types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": typeof types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": typeof types.EndContractorDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n": typeof types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n": typeof types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": typeof types.AdminFieldsDocument,
    "\n  query StaffNotices {\n    staffNotices {\n      id\n      audience\n      kind\n      title\n      body\n      cohortId\n      fieldCode\n      createdAt\n    }\n  }\n": typeof types.StaffNoticesDocument,
    "\n  mutation CreateNotice($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n      audience\n      title\n    }\n  }\n": typeof types.CreateNoticeDocument,
    "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n": typeof types.CohortRosterDocument,
    "\n  query RosterCsv($cohortId: ID!) {\n    rosterCsv(cohortId: $cohortId)\n  }\n": typeof types.RosterCsvDocument,
    "\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.RunSelectionDocument,
    "\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n": typeof types.FreezeLotteryDocument,
    "\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n": typeof types.DrawLotteryDocument,
    "\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.AnnounceCohortDocument,
    "\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": typeof types.ProcessOfferDeadlinesDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": typeof types.LotteryTranscriptDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
};
const documents: Documents = {
    "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n  }\n": types.StaffSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n": types.CourseTitleFragmentDoc,
    "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n  }\n": types.CourseFieldsFragmentDoc,
    "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n": types.CohortFieldsFragmentDoc,
    "\n  fragment CohortStatusChange on Cohort {\n    id\n    status\n  }\n": types.CohortStatusChangeFragmentDoc,
    "\n  fragment LotteryFields on LotteryInfo {\n    commitment\n    entries\n    capacity\n    frozenAt\n    seed\n    drawnAt\n  }\n": types.LotteryFieldsFragmentDoc,
    "\n  fragment ApplicationReviewFields on Application {\n    id\n    code\n    status\n    eligible\n    ineligibleReason\n    ineligibleReasonCode\n    decision\n    decisionReason\n    eligibilityBasis\n    workplaceOrSchool\n    motivation\n    submittedAt\n    waitlistPosition\n    offerDeadline\n    applicant {\n      id\n      name\n      nameKana\n    }\n  }\n": types.ApplicationReviewFieldsFragmentDoc,
    "\n  fragment ContractorFields on Contractor {\n    id\n    name\n    fieldCode\n    contractStartsOn\n    contractEndsOn\n    allowedAddressRanges\n    endedAt\n    active\n  }\n": types.ContractorFieldsFragmentDoc,
    "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    role\n    contractor {\n      id\n      name\n    }\n  }\n": types.StaffAccountRowFragmentDoc,
    "\n  query CohortApplications($cohortId: ID!, $filter: ApplicationFilter) {\n    cohortApplications(cohortId: $cohortId, filter: $filter) {\n      ...ApplicationReviewFields\n    }\n  }\n": types.CohortApplicationsDocument,
    "\n  query AdminApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationReviewFields\n      preferredContact\n      applicant {\n        email\n      }\n      enrollment {\n        id\n        studentNumber\n      }\n      cohort {\n        id\n        academicYear\n        status\n        selectionMethod\n        course {\n          ...CourseTitle\n        }\n        lottery {\n          frozenAt\n        }\n      }\n      events {\n        id\n        at\n        fromStatus\n        toStatus\n        reason\n        actorId\n      }\n    }\n  }\n": types.AdminApplicationDocument,
    "\n  mutation SetApplicationEligibility($id: ID!, $eligible: Boolean!, $reason: String) {\n    setApplicationEligibility(id: $id, eligible: $eligible, reason: $reason) {\n      id\n      eligible\n      ineligibleReason\n      ineligibleReasonCode\n      status\n    }\n  }\n": types.SetApplicationEligibilityDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      decision\n      decisionReason\n      status\n    }\n  }\n": types.DecideApplicationDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AdminCohortDetail($id: ID!, $withCounts: Boolean!) {\n    cohort(id: $id) {\n      ...CohortFields\n      applicationCount @include(if: $withCounts)\n      seatsTaken @include(if: $withCounts)\n      course {\n        ...CourseTitle\n      }\n      lottery {\n        ...LotteryFields\n      }\n    }\n  }\n": types.AdminCohortDetailDocument,
    "\n  mutation ChangeCohortStatus($id: ID!, $status: CohortStatus!) {\n    changeCohortStatus(id: $id, status: $status) {\n      ...CohortStatusChange\n    }\n  }\n": types.ChangeCohortStatusDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortFields\n      course {\n        ...CourseTitle\n      }\n    }\n  }\n": types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      ...CohortFields\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      ...CohortFields\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  query Contractors {\n    contractors {\n      ...ContractorFields\n    }\n  }\n": types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      ...ContractorFields\n    }\n  }\n": types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": types.EndContractorDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n": types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      ...CourseFields\n    }\n  }\n": types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFields\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      ...CourseFields\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": types.MeDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": types.AdminFieldsDocument,
    "\n  query StaffNotices {\n    staffNotices {\n      id\n      audience\n      kind\n      title\n      body\n      cohortId\n      fieldCode\n      createdAt\n    }\n  }\n": types.StaffNoticesDocument,
    "\n  mutation CreateNotice($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n      audience\n      title\n    }\n  }\n": types.CreateNoticeDocument,
    "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n": types.CohortRosterDocument,
    "\n  query RosterCsv($cohortId: ID!) {\n    rosterCsv(cohortId: $cohortId)\n  }\n": types.RosterCsvDocument,
    "\n  mutation RunSelection($cohortId: ID!) {\n    runSelection(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.RunSelectionDocument,
    "\n  mutation FreezeLottery($cohortId: ID!) {\n    freezeLottery(cohortId: $cohortId) {\n      ...LotteryFields\n    }\n  }\n": types.FreezeLotteryDocument,
    "\n  mutation DrawLottery($cohortId: ID!, $seed: String!) {\n    drawLottery(cohortId: $cohortId, seed: $seed) {\n      ...LotteryFields\n    }\n  }\n": types.DrawLotteryDocument,
    "\n  mutation AnnounceCohort($cohortId: ID!) {\n    announceCohort(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.AnnounceCohortDocument,
    "\n  mutation ProcessOfferDeadlines($cohortId: ID!) {\n    processOfferDeadlines(cohortId: $cohortId) {\n      ...CohortStatusChange\n    }\n  }\n": types.ProcessOfferDeadlinesDocument,
    "\n  query LotteryTranscript($cohortId: ID!) {\n    lotteryTranscript(cohortId: $cohortId)\n  }\n": types.LotteryTranscriptDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      ...StaffAccountRow\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        ...StaffAccountRow\n      }\n      temporaryPassword\n    }\n  }\n": types.CreateStaffAccountDocument,
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
export function graphql(source: "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n"): (typeof documents)["\n  fragment CourseTitle on Course {\n    id\n    title\n    titleEn\n    fieldCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n  }\n"): (typeof documents)["\n  fragment CourseFields on Course {\n    id\n    fieldCode\n    title\n    titleEn\n    description\n    years\n    eligibility\n    motivationRequired\n    minAttendanceRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n"): (typeof documents)["\n  fragment CohortFields on Cohort {\n    id\n    courseId\n    academicYear\n    capacity\n    applicationOpensAt\n    applicationClosesAt\n    startsOn\n    endsOn\n    selectionMethod\n    status\n  }\n"];
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
export function graphql(source: "\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    role\n    contractor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffAccountRow on Account {\n    id\n    loginId\n    name\n    role\n    contractor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortApplications($cohortId: ID!, $filter: ApplicationFilter) {\n    cohortApplications(cohortId: $cohortId, filter: $filter) {\n      ...ApplicationReviewFields\n    }\n  }\n"): (typeof documents)["\n  query CohortApplications($cohortId: ID!, $filter: ApplicationFilter) {\n    cohortApplications(cohortId: $cohortId, filter: $filter) {\n      ...ApplicationReviewFields\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      ...CourseTitle\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"): (typeof documents)["\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffNotices {\n    staffNotices {\n      id\n      audience\n      kind\n      title\n      body\n      cohortId\n      fieldCode\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query StaffNotices {\n    staffNotices {\n      id\n      audience\n      kind\n      title\n      body\n      cohortId\n      fieldCode\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotice($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n      audience\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotice($input: NoticeInput!) {\n    createNotice(input: $input) {\n      id\n      audience\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortRoster($cohortId: ID!) {\n    cohortRoster(cohortId: $cohortId) {\n      id\n      studentNumber\n      enrolledAt\n      withdrawnAt\n      student {\n        id\n        name\n        nameKana\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterCsv($cohortId: ID!) {\n    rosterCsv(cohortId: $cohortId)\n  }\n"): (typeof documents)["\n  query RosterCsv($cohortId: ID!) {\n    rosterCsv(cohortId: $cohortId)\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;