import { buildSchema } from 'type-graphql';
import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker';
import { personalDirective } from '../personal';
import { AccessGuard } from './guard';
import { validateInput } from './validate';
import { DateTimeScalar } from './scalars';
import { StudyFieldResolver, CourseResolver, CohortResolver } from '../../modules/catalog/catalog.resolver';
import { AccountResolver, ContractorResolver } from '../../modules/accounts/accounts.resolver';
import { AuditResolver } from '../../modules/audit/audit.resolver';
import { ApplicationResolver, CohortIntakeResolver, EnrollmentResolver } from '../../modules/intake/intake.resolver';
import { NoticeResolver } from '../../modules/notices/notice.resolver';

export const resolvers = [
  StudyFieldResolver, CourseResolver, CohortResolver, AccountResolver, ContractorResolver, AuditResolver,
  ApplicationResolver, CohortIntakeResolver, EnrollmentResolver, NoticeResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [AccessGuard],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Keep @include/@skip/@deprecated: a custom list replaces graphql-js's built-ins.
    directives: [...specifiedDirectives, personalDirective],
    validateFn: validateInput,
  });
}
