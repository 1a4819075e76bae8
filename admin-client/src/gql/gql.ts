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
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        fieldCode\n      }\n    }\n  }\n": typeof types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  query Contractors {\n    contractors {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n": typeof types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n": typeof types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": typeof types.EndContractorDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      id\n      title\n      titleEn\n      fieldCode\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n": typeof types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": typeof types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": typeof types.AdminFieldsDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      id\n      loginId\n      name\n      role\n      contractor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        id\n        loginId\n        name\n        role\n        contractor {\n          id\n          name\n        }\n      }\n      temporaryPassword\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
};
const documents: Documents = {
    "\n  fragment StaffSession on Account {\n    id\n    loginId\n    name\n    role\n    permissions\n    contractor {\n      id\n      name\n      fieldCode\n    }\n  }\n": types.StaffSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...StaffSession\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        fieldCode\n      }\n    }\n  }\n": types.AdminCohortDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  query Contractors {\n    contractors {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n": types.ContractorsDocument,
    "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n": types.CreateContractorDocument,
    "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n": types.EndContractorDocument,
    "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      id\n      title\n      titleEn\n      fieldCode\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n": types.AdminCoursesDocument,
    "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": types.AdminCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  query Me {\n    me {\n      ...StaffSession\n    }\n  }\n": types.MeDocument,
    "\n  query AdminFields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": types.AdminFieldsDocument,
    "\n  query StaffAccounts {\n    staffAccounts {\n      id\n      loginId\n      name\n      role\n      contractor {\n        id\n        name\n      }\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        id\n        loginId\n        name\n        role\n        contractor {\n          id\n          name\n        }\n      }\n      temporaryPassword\n    }\n  }\n": types.CreateStaffAccountDocument,
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
export function graphql(source: "\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        fieldCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCohort($id: ID!) {\n    cohort(id: $id) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        fieldCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($id: ID!, $input: CohortUpdateInput!) {\n    updateCohort(id: $id, input: $input) {\n      id\n      courseId\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contractors {\n    contractors {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query Contractors {\n    contractors {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractor($input: ContractorInput!) {\n    createContractor(input: $input) {\n      id\n      name\n      fieldCode\n      contractStartsOn\n      contractEndsOn\n      allowedAddressRanges\n      endedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation EndContractor($id: ID!) {\n    endContractor(id: $id) {\n      id\n      endedAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      id\n      title\n      titleEn\n      fieldCode\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCourses($fieldCode: FieldCode) {\n    courses(fieldCode: $fieldCode) {\n      id\n      title\n      titleEn\n      fieldCode\n      years\n      eligibility\n      motivationRequired\n      field {\n        nameJa\n        nameEn\n      }\n      cohorts {\n        id\n        academicYear\n        status\n        capacity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"): (typeof documents)["\n  query AdminCourse($id: ID!) {\n    course(id: $id) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      id\n      fieldCode\n      title\n      titleEn\n      description\n      years\n      eligibility\n      motivationRequired\n      minAttendanceRate\n    }\n  }\n"];
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
export function graphql(source: "\n  query StaffAccounts {\n    staffAccounts {\n      id\n      loginId\n      name\n      role\n      contractor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAccounts {\n    staffAccounts {\n      id\n      loginId\n      name\n      role\n      contractor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        id\n        loginId\n        name\n        role\n        contractor {\n          id\n          name\n        }\n      }\n      temporaryPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffAccount($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      account {\n        id\n        loginId\n        name\n        role\n        contractor {\n          id\n          name\n        }\n      }\n      temporaryPassword\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;