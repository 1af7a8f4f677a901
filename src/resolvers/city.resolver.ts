import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { Hub } from '../model/hub.type';
import { Adoption, Attendance, Coverage, Facing, Funding, Hosting, Influence, Leadership, Location, Membership, Partnership } from '../model/link.type';
import type { NodeObject } from '../model/node.type';
import { Region } from '../model/region.type';
import { CityWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, linkOne, linkEnd, placesAt, placeOne } from './links';
import { ListPageArgs } from '../model/list-page';

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
  hubs(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return placesAt(ctx, city, 'hubsOf', info, page);
  }

  @FieldResolver(() => [Coverage], { description: 'Hub coverage stated for the city itself.' })
  coverage(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'COVERED_BY', 'OUT', info, page);
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'LEADS', 'IN', info, page);
  }

  @FieldResolver(() => [Adoption], { description: 'Practices the city adopted, planned or piloted.' })
  adoptions(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'ADOPTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Attendance], { description: 'Events the city took part in.' })
  attended(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'ATTENDED', 'OUT', info, page);
  }

  @FieldResolver(() => [Hosting], { description: 'Events the city hosted.' })
  hosted(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'HOSTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Who the city learned from.' })
  influencedBy(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'INSPIRED', 'IN', info, page);
  }

  @FieldResolver(() => [Influence], { description: 'Who learned from the city.' })
  influenced(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'INSPIRED', 'OUT', info, page);
  }

  @FieldResolver(() => [Facing])
  challenges(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'FACES', 'OUT', info, page);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'MEMBER_OF', 'OUT', info, page);
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'PARTNERED', 'BOTH', info, page);
  }

  @FieldResolver(() => [Funding], { description: 'Support the city received.' })
  funding(@Root() city: NodeObject, @Args(() => ListPageArgs, { validate: false }) page: ListPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linksAt(ctx, city, 'FUNDED', 'IN', info, page);
  }
}
