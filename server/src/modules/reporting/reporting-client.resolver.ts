import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { ReportingClient, ReportingClientStatus } from './reporting-client.entity';
import type { ReportingClientService } from './reporting-client.service';
import { ReportingClientInput, ReportingClientToken, ReportingOperation } from './reporting-client.types';
import type { TrustedDocuments } from './trusted-documents';

@Resolver(() => ReportingClient)
export class ReportingClientResolver {
  constructor(
    private readonly clients: ReportingClientService,
    private readonly documents: TrustedDocuments,
  ) {}

  @Allow(Permission.ReportClients)
  @Query(() => [ReportingClient], { description: 'The reporting clients (ward administrators); never their tokens.' })
  reportingClients(@Context() ctx: Ctx): Promise<ReportingClient[]> {
    return this.clients.list(ctx);
  }

  @Allow(Permission.ReportClients)
  @Query(() => [ReportingOperation], { description: 'The registered operations (trusted documents) a reporting client may be allowed to run, by name.' })
  reportingOperations(): ReportingOperation[] {
    return this.documents.list().map((d) => Object.assign(new ReportingOperation(), d));
  }

  @Allow(Permission.ReportClients)
  @Mutation(() => ReportingClientToken, {
    description: 'Creates a reporting client and returns its token, shown only this once (only its SHA-256 hash is stored). Allowed operations must be registered ones.',
  })
  createReportingClient(@Arg('input', () => ReportingClientInput) input: ReportingClientInput, @Context() ctx: Ctx): Promise<ReportingClientToken> {
    return this.clients.create(ctx, input).then((r) => Object.assign(new ReportingClientToken(), r));
  }

  @Allow(Permission.ReportClients)
  @Mutation(() => ReportingClient, { description: 'Revokes the client’s token now; it is refused from its next call.' })
  revokeReportingClient(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<ReportingClient> {
    return this.clients.revoke(ctx, id);
  }

  @Allow(Permission.ReportClients)
  @Mutation(() => ReportingClientToken, {
    description: 'Issues a new token, shown only this once; the old one stops working at once. CONFLICT reporting.clientRevoked for a revoked client.',
  })
  rotateReportingClientToken(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<ReportingClientToken> {
    return this.clients.rotate(ctx, id).then((r) => Object.assign(new ReportingClientToken(), r));
  }

  @Allow(Permission.ReportClients)
  @FieldResolver(() => ReportingClientStatus)
  status(@Root() client: ReportingClient, @Context() ctx: Ctx): ReportingClientStatus {
    return client.statusAt(ctx.now);
  }
}
