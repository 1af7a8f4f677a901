import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { Hub } from '../model/hub.type';
import { Adoption, Attendance, Coverage, Facing, Funding, Hosting, Influence, Leadership, Location, Membership, Partnership } from '../model/link.type';
import type { NodeObject } from '../model/node.type';
import { Region } from '../model/region.type';
import { CityWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, linksBothWays } from './links';

export const CityCatalogueResolver = catalogueResolver(City, 'City', CityWhere, { one: 'city', many: 'cities' });

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Country, { nullable: true })
  async country(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return (await linksAt(ctx, city, 'IN_COUNTRY', 'OUT'))[0]?.country ?? null;
  }

  @FieldResolver(() => Location, { nullable: true, description: 'The city-in-country relationship with its citations.' })
  async location(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return (await linksAt(ctx, city, 'IN_COUNTRY', 'OUT'))[0] ?? null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region of the city's country." })
  async region(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return (await ctx.loaders.places('cityRegion').load(city.id))[0] ?? null;
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering the city, directly or through its country or region.' })
  hubs(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('hubsOf').load(city.id);
  }

  @FieldResolver(() => [Coverage], { description: 'Hub coverage stated for the city itself.' })
  coverage(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'COVERED_BY', 'OUT');
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'LEADS', 'IN');
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the city adopted, planned or piloted.' })
  adoptions(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'ADOPTED', 'OUT');
  }

  @FieldResolver(() => [Attendance], { description: 'Events the city took part in.' })
  attended(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'ATTENDED', 'OUT');
  }

  @FieldResolver(() => [Hosting], { description: 'Events the city hosted.' })
  hosted(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'HOSTED', 'OUT');
  }

  @FieldResolver(() => [Influence], { description: 'Who the city learned from.' })
  influencedBy(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'INSPIRED', 'IN');
  }

  @FieldResolver(() => [Influence], { description: 'Who learned from the city.' })
  influenced(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'INSPIRED', 'OUT');
  }

  @FieldResolver(() => [Facing])
  challenges(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'FACES', 'OUT');
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'MEMBER_OF', 'OUT');
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksBothWays(ctx, city, 'PARTNERED');
  }

  @FieldResolver(() => [Funding], { description: 'Support the city received.' })
  funding(@Root() city: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, city, 'FUNDED', 'IN');
  }
}
