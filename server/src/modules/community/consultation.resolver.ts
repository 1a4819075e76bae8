import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Consultation, ConsultationStatus } from './consultation.entity';
import { ConsultationInput, ConsultationStatusInput } from './consultation.inputs';
import type { ConsultationService } from './consultation.service';
import { Proposal } from './proposals';

@Resolver()
export class ConsultationResolver {
  constructor(private readonly service: ConsultationService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => [Consultation], { description: 'My consultations, newest first.' })
  myConsultations(@Context() ctx: Ctx): Promise<Consultation[]> {
    return this.service.mine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => Consultation, { description: 'Ask the ward for a consultation: what I would like to do (alumni).' })
  requestConsultation(@Arg('input', () => ConsultationInput) input: ConsultationInput, @Context() ctx: Ctx): Promise<Consultation> {
    return this.service.requestMine(ctx, input);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => Consultation, { description: '"I’m interested" on a published posting: opens a consultation (once while it is open).' })
  expressInterest(@Arg('postingId', () => ID) postingId: string, @Context() ctx: Ctx): Promise<Consultation> {
    return this.service.interested(ctx, postingId);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => [Consultation], { description: 'Consultations for the ward’s matching staff, newest change first.' })
  consultations(@Arg('status', () => ConsultationStatus, { nullable: true }) status: ConsultationStatus | null, @Context() ctx: Ctx): Promise<Consultation[]> {
    return this.service.list(ctx, status);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => Consultation)
  consultation(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Consultation> {
    return this.service.get(ctx, id);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => [Proposal], {
    description:
      'Active groups and published postings ranked for one consultation, each with its reasons. Points: each wished field 3, each studied field 2, the wished district 2 (a neighbouring one 1), each free day the posting’s schedule names 1 (up to 2), a free time of day 1, a posting welcoming alumni of a studied field 2. Ties: postings first, then by name. Only candidates sharing a wished or studied field are proposed.',
  })
  async consultationProposals(@Arg('consultationId', () => ID) consultationId: string, @Context() ctx: Ctx): Promise<Proposal[]> {
    return this.service.proposals(ctx, await this.service.get(ctx, consultationId));
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => Consultation, { description: 'Record a consultation for an alumnus after a visit or a phone call.' })
  recordConsultation(@Arg('accountId', () => ID) accountId: string, @Arg('input', () => ConsultationInput) input: ConsultationInput, @Context() ctx: Ctx): Promise<Consultation> {
    return this.service.record(ctx, accountId, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => Consultation, { description: 'Move a consultation along: open, in progress, matched, closed (with a reason).' })
  setConsultationStatus(@Arg('input', () => ConsultationStatusInput) input: ConsultationStatusInput, @Context() ctx: Ctx): Promise<Consultation> {
    return this.service.setStatus(ctx, input);
  }
}
