import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { Hub } from '../model/hub.type';
import {
  Adoption,
  Attendance,
  Coverage,
  Facing,
  Funding,
  Hosting,
  Influence,
  Leadership,
  Location,
  Membership,
  Partnership,
  PartOf,
} from '../model/link.type';
import { NodeType, type NodeObject } from '../model/node.type';
import { Region } from '../model/region.type';
import { CityWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, linkOne, linkEnd, placesAt, placeOne } from './links';
import { PageArgs } from '../model/list-page';
import { endShape } from '../loaders/selection';

export const CityCatalogueResolver = catalogueResolver(City, 'City', CityWhere, { one: 'city', many: 'cities' });

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Country, { nullable: true })
  async country(@Root() city: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkEnd(ctx, city, 'IN_COUNTRY', 'OUT', 'country', info);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The city-in-country relationship with its citations.' })
  async location(@Root() city: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkOne(ctx, city, 'IN_COUNTRY', 'OUT', info);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region of the city's country." })
  async region(@Root() city: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return placeOne(ctx, city, 'cityRegion', info);
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering the city, directly or through its country or region.' })
  hubs(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, city, 'hubsOf', info, page);
  }

  @FieldResolver(() => [Coverage], { description: 'Hub coverage stated for the city itself.' })
  coverage(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'COVERED_BY', 'OUT', info, page);
  }

  @FieldResolver(() => [Leadership])
  leaders(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'LEADS', 'IN', info, page);
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the city adopted, planned or piloted.' })
  adoptions(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'ADOPTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Attendance], { description: 'Events the city took part in.' })
  attended(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'ATTENDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Hosting], { description: 'Events the city hosted.' })
  hosted(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'HOSTED', 'OUT', info, page);
  }

  @FieldResolver(() => [PartOf], {
    description: 'The places this one lies within, as stated (a division within its city, an entity within its country).',
  })
  partOf(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'PART_OF', 'OUT', info, page);
  }

  @FieldResolver(() => [PartOf], { description: 'The places stated to lie within this one.' })
  parts(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'PART_OF', 'IN', info, page);
  }

  @FieldResolver(() => [NodeType], {
    description:
      'Every place this one lies within, nearest first (Gombe Division → Nansana), ending with the country: the hierarchy search results show.',
  })
  async within(@Root() city: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const shape = endShape(info);
    const chain: NodeObject[] = [];
    const seen = new Set([city.id]);
    let level = [city];
    // One batched round trip per level; places nest a few levels at most.
    for (let depth = 0; depth < 6 && level.length; depth += 1) {
      const next: NodeObject[] = [];
      for (const links of await Promise.all(
        level.map((n) => ctx.loaders.links('PART_OF', 'OUT', n.id, { first: 20, after: null }, shape)),
      )) {
        for (const l of links) {
          const whole = l.whole as NodeObject;
          if (seen.has(whole.id)) continue;
          seen.add(whole.id);
          chain.push(whole);
          if (whole.__typename === 'City') next.push(whole);
        }
      }
      level = next;
    }
    const country = await linkEnd(ctx, city, 'IN_COUNTRY', 'OUT', 'country', info);
    if (country && !seen.has(country.id)) chain.push(country);
    return chain;
  }

  @FieldResolver(() => [Influence], { description: 'Who inspired, supported or led to an action of the city.' })
  influencedBy(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Whom the city inspired, supported or led to act.' })
  influenced(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'INSPIRED', 'OUT', info, page);
  }

  @FieldResolver(() => [Facing])
  challenges(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'FACES', 'OUT', info, page);
  }

  @FieldResolver(() => [Membership])
  memberships(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'MEMBER_OF', 'OUT', info, page);
  }

  @FieldResolver(() => [Partnership])
  partnerships(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'PARTNERED', 'BOTH', info, page);
  }

  @FieldResolver(() => [Funding], { description: 'Support the city received.' })
  funding(
    @Root() city: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, city, 'FUNDED', 'IN', info, page);
  }
}
