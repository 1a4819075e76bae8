// The codegen setup is the same for both clients; it runs in this folder and writes ./src/gql.
export { default } from '@college-portal/client-shared/codegen';
