import { Directive, Extensions } from 'type-graphql';
import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLString } from 'graphql';

/**
 * Marks personal information where it is declared. The register of personal
 * information, the audit of staff reads and the schema directive all come from this mark.
 */
export interface PersonalMark {
  category: 'identity' | 'contact' | 'residency' | 'credential' | 'application' | 'learning' | 'followUp' | 'community' | 'matching';
  purpose: string;
  retention: string;
  /** The same purpose in plain Japanese, as the register shows it to staff and auditors. */
  purposeJa: string;
  /** The same retention rule in plain Japanese. */
  retentionJa: string;
}

export interface RegisteredMark extends PersonalMark {
  entity: string;
  field: string;
}

const marks: RegisteredMark[] = [];

export function Personal(mark: PersonalMark): PropertyDecorator {
  return (target, key) => {
    marks.push({ entity: target.constructor.name, field: String(key), ...mark });
    const quote = (s: string) => JSON.stringify(s);
    Directive(
      `@personal(category: ${quote(mark.category)}, purpose: ${quote(mark.purpose)}, retention: ${quote(mark.retention)}, purposeJa: ${quote(mark.purposeJa)}, retentionJa: ${quote(mark.retentionJa)})`,
    )(target, key);
    Extensions({ personal: mark })(target, key);
  };
}

export function personalRegister(): readonly RegisteredMark[] {
  return marks;
}

export const personalDirective = new GraphQLDirective({
  name: 'personal',
  description: 'Personal information: why it is held and how long. Reading it needs a permission; staff reads are audited.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: {
    category: { type: new GraphQLNonNull(GraphQLString) },
    purpose: { type: new GraphQLNonNull(GraphQLString) },
    retention: { type: new GraphQLNonNull(GraphQLString) },
    purposeJa: { type: new GraphQLNonNull(GraphQLString) },
    retentionJa: { type: new GraphQLNonNull(GraphQLString) },
  },
});
