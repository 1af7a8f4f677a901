import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { City } from '../model/city.type';
import { Event } from '../model/event.type';
import { Country } from '../model/country.type';
import { Hub } from '../model/hub.type';
import { Adoption, Coverage, Facing, Funding, Leadership, Organising, PartOf, Partnership, RegionMembership } from '../model/link.type';
import type { NodeObject } from '../model/node.type';
import { Region } from '../model/region.type';
import { CountryWhere, HubWhere, RegionWhere } from '../model/where.input';
import { catalogueResolver } from './catalogue';
import { linksAt, linkOne, linkEnd, placesAt } from './links';
import { PageArgs } from '../model/list-page';

export const CountryCatalogueResolver = catalogueResolver(Country, 'Country', CountryWhere, { one: 'country', many: 'countries' });
export const RegionCatalogueResolver = catalogueResolver(Region, 'Region', RegionWhere, { one: 'region', many: 'regions' });
export const HubCatalogueResolver = catalogueResolver(Hub, 'Hub', HubWhere, { one: 'hub', many: 'hubs' });

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() country: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkEnd(ctx, country, 'IN_REGION', 'OUT', 'region', info);
  }

  @FieldResolver(() => RegionMembership, { nullable: true, description: 'The country-in-region relationship with its citations.' })
  async regionLink(@Root() country: NodeObject, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return linkOne(ctx, country, 'IN_REGION', 'OUT', info);
  }

  @FieldResolver(() => [City])
  cities(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, country, 'countryCities', info, page);
  }

  @FieldResolver(() => [Event], { description: 'Events in the country: at one of its cities, or known only by the country.' })
  events(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, country, 'countryEvents', info, page);
  }

  @FieldResolver(() => [PartOf], { description: 'Sub-national entities and districts stated to lie within the country.' })
  parts(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, country, 'PART_OF', 'IN', info, page);
  }

  @FieldResolver(() => [Adoption], { description: 'Practices taken up at the national level.' })
  adoptions(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, country, 'ADOPTED', 'OUT', info, page);
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering the country, directly or through its region.' })
  hubs(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, country, 'hubsOf', info, page);
  }

  @FieldResolver(() => [Coverage])
  coverage(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, country, 'COVERED_BY', 'OUT', info, page);
  }

  @FieldResolver(() => [Facing])
  challenges(
    @Root() country: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, country, 'FACES', 'OUT', info, page);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [RegionMembership])
  countries(
    @Root() region: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, region, 'IN_REGION', 'IN', info, page);
  }

  @FieldResolver(() => [City])
  cities(
    @Root() region: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, region, 'regionCities', info, page);
  }

  @FieldResolver(() => [Coverage])
  coverage(
    @Root() region: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, region, 'COVERED_BY', 'OUT', info, page);
  }
}

@Resolver(() => Hub)
export class HubResolver {
  @FieldResolver(() => [Coverage], { description: 'Countries, regions and cities the hub covers, as stated.' })
  coverage(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, hub, 'COVERED_BY', 'IN', info, page);
  }

  @FieldResolver(() => [City], { description: 'Every city in what the hub covers.' })
  cities(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, hub, 'hubCities', info, page);
  }

  @FieldResolver(() => [Country])
  countries(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return placesAt(ctx, hub, 'hubCountries', info, page);
  }

  @FieldResolver(() => [Funding], { description: 'Who funds the hub.' })
  funders(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, hub, 'FUNDED', 'IN', info, page);
  }

  @FieldResolver(() => [Leadership], { description: 'Staff and leads of the hub.' })
  staff(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, hub, 'LEADS', 'IN', info, page);
  }

  @FieldResolver(() => [Organising])
  organised(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, hub, 'ORGANISED', 'OUT', info, page);
  }

  @FieldResolver(() => [Partnership])
  partnerships(
    @Root() hub: NodeObject,
    @Args(() => PageArgs, { validate: false }) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linksAt(ctx, hub, 'PARTNERED', 'BOTH', info, page);
  }
}
