import QRCode from 'qrcode';
import { Arg, Ctx as Context, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { notFound, parseId } from '../../core/errors';
import { Permission } from '../permissions';
import type { PostingService } from './posting.service';

@Allow(Permission.CommunityManage)
@ObjectType({ description: 'A QR code to print in the ward newsletter or on a leaflet, as PNG and SVG.' })
export class LeafletQrCode {
  @Field(() => String, { description: 'The address the code opens.' })
  url: string;

  @Field(() => String, { description: 'PNG as a data: URL (1024 px, for print).' })
  pngDataUrl: string;

  @Field(() => String, { description: 'SVG markup (scales to any size).' })
  svg: string;
}

/** QR codes for leaflets (the minutes: print the portal's address in the ward newsletter). */
@Resolver()
export class LeafletQrResolver {
  constructor(
    private readonly postings: PostingService,
    private readonly publicUrl: string,
  ) {}

  @Allow(Permission.CommunityManage)
  @Query(() => LeafletQrCode, { description: 'The portal’s top page, or one published posting’s public page, as a QR code.' })
  async leafletQrCode(@Arg('postingId', () => ID, { nullable: true }) postingId: string | null, @Context() ctx: Ctx): Promise<LeafletQrCode> {
    let url = new URL('/', this.publicUrl).toString();
    if (postingId) {
      const [posting] = await this.postings.published(ctx, { id: parseId(postingId, 'posting') });
      if (!posting) throw notFound('posting');
      url = new URL(`/postings/${posting.id}`, this.publicUrl).toString();
    }
    const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
    return { url, pngDataUrl: await QRCode.toDataURL(url, { ...options, width: 1024 }), svg: await QRCode.toString(url, { ...options, type: 'svg' }) };
  }
}
