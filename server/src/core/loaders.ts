import type { Ctx } from './context';

/**
 * Declares a module's DataLoader set. The set is built lazily, once per request, the first
 * time a resolver asks for it, so a request that needs no loader builds none.
 */
export function defineLoaders<L>(build: (ctx: Ctx) => L): (ctx: Ctx) => L {
  return (ctx) => {
    let set = ctx.memo.get(build) as L | undefined;
    if (!set) ctx.memo.set(build, (set = build(ctx)));
    return set;
  };
}
