import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
import { linksAt, linksBothWays } from './links';

export const CountryCatalogueResolver = catalogueResolver(Country, 'Country', CountryWhere, { one: 'country', many: 'countries' });
export const RegionCatalogueResolver = catalogueResolver(Region, 'Region', RegionWhere, { one: 'region', many: 'regions' });
export const HubCatalogueResolver = catalogueResolver(Hub, 'Hub', HubWhere, { one: 'hub', many: 'hubs' });

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return (await linksAt(ctx, country, 'IN_REGION', 'OUT'))[0]?.region ?? null;
  }

  @FieldResolver(() => RegionMembership, { nullable: true, description: 'The country-in-region relationship with its citations.' })
  async regionLink(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return (await linksAt(ctx, country, 'IN_REGION', 'OUT'))[0] ?? null;
  }

  @FieldResolver(() => [City])
  cities(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('countryCities').load(country.id);
  }

  @FieldResolver(() => [Event], { description: 'Events in the country: at one of its cities, or known only by the country.' })
  events(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('countryEvents').load(country.id);
  }

  @FieldResolver(() => [PartOf], { description: 'Sub-national entities and districts stated to lie within the country.' })
  parts(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, country, 'PART_OF', 'IN');
  }

  @FieldResolver(() => [Adoption], { description: 'Practices taken up at the national level.' })
  adoptions(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, country, 'ADOPTED', 'OUT');
  }

  @FieldResolver(() => [Hub], { description: 'Hubs covering the country, directly or through its region.' })
  hubs(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('hubsOf').load(country.id);
  }

  @FieldResolver(() => [Coverage])
  coverage(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, country, 'COVERED_BY', 'OUT');
  }

  @FieldResolver(() => [Facing])
  challenges(@Root() country: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, country, 'FACES', 'OUT');
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [RegionMembership])
  countries(@Root() region: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, region, 'IN_REGION', 'IN');
  }

  @FieldResolver(() => [City])
  cities(@Root() region: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('regionCities').load(region.id);
  }

  @FieldResolver(() => [Coverage])
  coverage(@Root() region: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, region, 'COVERED_BY', 'OUT');
  }
}

@Resolver(() => Hub)
export class HubResolver {
  @FieldResolver(() => [Coverage], { description: 'Countries, regions and cities the hub covers, as stated.' })
  coverage(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, hub, 'COVERED_BY', 'IN');
  }

  @FieldResolver(() => [City], { description: 'Every city in what the hub covers.' })
  cities(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('hubCities').load(hub.id);
  }

  @FieldResolver(() => [Country])
  countries(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return ctx.loaders.places('hubCountries').load(hub.id);
  }

  @FieldResolver(() => [Funding], { description: 'Who funds the hub.' })
  funders(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, hub, 'FUNDED', 'IN');
  }

  @FieldResolver(() => [Leadership], { description: 'Staff and leads of the hub.' })
  staff(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, hub, 'LEADS', 'IN');
  }

  @FieldResolver(() => [Organising])
  organised(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return linksAt(ctx, hub, 'ORGANISED', 'OUT');
  }

  @FieldResolver(() => [Partnership])
  partnerships(@Root() hub: NodeObject, @Ctx() ctx: Context) {
    return linksBothWays(ctx, hub, 'PARTNERED');
  }
}
