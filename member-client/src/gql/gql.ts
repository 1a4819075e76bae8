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
    "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n  }\n": typeof types.MemberSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query MyAccount {\n    me {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      createdAt\n    }\n  }\n": typeof types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Fields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": typeof types.FieldsDocument,
    "\n  query OpenCohorts {\n    openCohorts {\n      id\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        years\n        field {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.OpenCohortsDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n": typeof types.PrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      loginId\n    }\n  }\n": typeof types.RegisterDocument,
};
const documents: Documents = {
    "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n  }\n": types.MemberSessionFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query MyAccount {\n    me {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      createdAt\n    }\n  }\n": types.MyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Fields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n": types.FieldsDocument,
    "\n  query OpenCohorts {\n    openCohorts {\n      id\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        years\n        field {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n": types.OpenCohortsDocument,
    "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n": types.PrivacyNoticeDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      loginId\n    }\n  }\n": types.RegisterDocument,
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
export function graphql(source: "\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n  }\n"): (typeof documents)["\n  fragment MemberSession on Account {\n    id\n    loginId\n    name\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccount {\n    me {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyAccount {\n    me {\n      id\n      loginId\n      name\n      nameKana\n      email\n      phone\n      residency\n      address\n      workplaceOrSchool\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($identifier: String!, $password: String!) {\n    login(identifier: $identifier, password: $password) {\n      accessToken\n      refreshToken\n      expiresIn\n      account {\n        ...MemberSession\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"): (typeof documents)["\n  query Fields {\n    fields {\n      code\n      nameJa\n      nameEn\n      years\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCohorts {\n    openCohorts {\n      id\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        years\n        field {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCohorts {\n    openCohorts {\n      id\n      academicYear\n      capacity\n      applicationOpensAt\n      applicationClosesAt\n      startsOn\n      endsOn\n      selectionMethod\n      status\n      course {\n        id\n        title\n        titleEn\n        years\n        field {\n          code\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n"): (typeof documents)["\n  query PrivacyNotice {\n    privacyNotice {\n      version\n      purposeJa\n      purposeEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      loginId\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      loginId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;