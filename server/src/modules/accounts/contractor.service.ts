import { IsNull } from 'typeorm';
import { repo } from '../../core/context';
import { lockMode } from '../../core/tx';
import ipaddr from 'ipaddr.js';
import type { Ctx } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { tokyoToday } from '../../core/graphql/scalars';
import { Contractor } from './contractor.entity';
import type { ContractorInput, ContractorUpdateInput } from './accounts.inputs';

function parseIp(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    const addr = ipaddr.parse(ip);
    // Express reports IPv4 clients on a dual-stack socket as ::ffff:a.b.c.d.
    return addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() ? (addr as ipaddr.IPv6).toIPv4Address() : addr;
  } catch {
    return null;
  }
}

export function isValidCidr(range: string): boolean {
  try {
    ipaddr.parseCIDR(range);
    return true;
  } catch {
    return false;
  }
}

export function addressAllowed(ranges: string[], ip: string): boolean {
  const addr = parseIp(ip);
  if (!addr) return false;
  return ranges.some((range) => {
    const [net, bits] = ipaddr.parseCIDR(range);
    return net.kind() === addr.kind() && addr.match([net, bits] as never);
  });
}

/** Why a contractor's staff may not work now, or null when they may. */
export function contractorRefusal(contractor: Contractor, ip: string, now: Date): string | null {
  if (contractor.endedAt && contractor.endedAt <= now) return 'contractor_ended';
  const today = tokyoToday(now);
  if (today < contractor.contractStartsOn || today > contractor.contractEndsOn) return 'contract_period';
  if (!addressAllowed(contractor.allowedAddressRanges, ip)) return 'address_not_allowed';
  return null;
}

export class ContractorService {
  list(ctx: Ctx): Promise<Contractor[]> {
    return repo(ctx, Contractor).find({ order: { id: 'ASC' } });
  }

  async get(ctx: Ctx, id: string | number): Promise<Contractor> {
    const contractor = await repo(ctx, Contractor).findOne({ where: { id: parseId(id, 'contractor') }, ...lockMode(ctx.em) });
    if (!contractor) throw notFound('contractor');
    return contractor;
  }

  async create(ctx: Ctx, input: ContractorInput): Promise<Contractor> {
    const values = this.validate(input);
    const contractors = repo(ctx, Contractor);
    const contractor = await contractors.save(contractors.create({ ...values, endedAt: null, createdAt: ctx.now }));
    ctx.audit.target('Contractor', contractor.id);
    return contractor;
  }

  /** Renames the contractor (and changes its dates or networks when given); the field never changes. An ended contract stays as it ended. */
  async update(ctx: Ctx, input: ContractorUpdateInput): Promise<Contractor> {
    const contractor = await this.get(ctx, input.id);
    if (contractor.endedAt) throw conflict('contractor.ended', 'This contractor’s contract has ended.');
    const values = this.validate({
      name: input.name,
      fieldCode: contractor.fieldCode,
      contractStartsOn: input.contractStartsOn ?? contractor.contractStartsOn,
      contractEndsOn: input.contractEndsOn ?? contractor.contractEndsOn,
      allowedAddressRanges: input.allowedAddressRanges ?? contractor.allowedAddressRanges,
    });
    const { fieldCode: _same, ...changed } = values;
    // Compare-and-set: an end that lands first wins over this edit.
    const updated = await repo(ctx, Contractor).update({ id: contractor.id, endedAt: IsNull() }, changed);
    if (!updated.affected) throw conflict('contractor.ended', 'This contractor’s contract has ended.');
    ctx.audit.target('Contractor', contractor.id);
    return Object.assign(contractor, changed);
  }

  /** Ends the contract now. Its staff are refused on their next request, on every server. */
  async end(ctx: Ctx, id: string): Promise<Contractor> {
    const contractor = await this.get(ctx, id);
    // Whole seconds: MySQL rounds fractions, which could put the end a moment in the future.
    // Compare-and-set: ending twice keeps the first end.
    const endedAt = new Date(Math.floor(ctx.now.getTime() / 1000) * 1000);
    const ended = await repo(ctx, Contractor).update({ id: contractor.id, endedAt: IsNull() }, { endedAt });
    if (ended.affected) contractor.endedAt = endedAt;
    ctx.audit.target('Contractor', contractor.id);
    return contractor;
  }

  isActive(contractor: Contractor, now: Date): boolean {
    const today = tokyoToday(now);
    return !(contractor.endedAt && contractor.endedAt <= now) && contractor.contractStartsOn <= today && today <= contractor.contractEndsOn;
  }

  private validate(input: ContractorInput) {
    if (input.contractEndsOn < input.contractStartsOn) {
      throw badField('contractEndsOn', 'validation.dateOrder', 'The contract must end after it starts.');
    }
    const ranges = input.allowedAddressRanges.map((r) => r.trim()).filter(Boolean);
    const invalid = ranges.find((r) => !isValidCidr(r));
    if (invalid !== undefined) throw badField('allowedAddressRanges', 'validation.cidr', `"${invalid.slice(0, 64)}" is not a network range such as 203.0.113.0/24.`);
    if (ranges.length === 0) throw badField('allowedAddressRanges', 'validation.cidrRequired', 'Give at least one network range from which the contractor connects.');
    return {
      name: input.name.trim(),
      fieldCode: input.fieldCode,
      contractStartsOn: input.contractStartsOn,
      contractEndsOn: input.contractEndsOn,
      allowedCidrs: ranges.join('\n'),
    };
  }
}
