/*
 * typeDefs for @neo4j/graphql 7 over the same labels and relationships as this API
 * (src/graph/kinds.ts), written as a user of that library would: plain fields for node and
 * relationship properties (citations as the two stored lists), @relationship for each
 * relationship type, and @cypher for the two research questions the library cannot express.
 */
import { RAW_PATHS, RAW_REACH } from '../questions';

const cited = 'citationSources: [String!] citationExcerpts: [String!]';

export const LIBRARY_TYPEDEFS = /* GraphQL */ `
  type Region @node { id: ID! name: String! ${cited} }
  type Country @node {
    id: ID! name: String! iso2: String ${cited}
    region: [Region!]! @relationship(type: "IN_REGION", direction: OUT)
    cities: [City!]! @relationship(type: "IN_COUNTRY", direction: IN)
  }
  type Practice @node { id: ID! name: String! category: String description: String ${cited} }
  type Leader @node { id: ID! name: String! title: String ${cited} }
  type Organisation @node { id: ID! name: String! kind: String ${cited} }
  type Event @node {
    id: ID! name: String! kind: String date: String ${cited}
    attendees: [City!]! @relationship(type: "ATTENDED", direction: IN, properties: "Attended")
  }
  union InfluenceSource = City | Event | Organisation
  type City @node {
    id: ID! name: String! kind: String description: String lat: Float lon: Float ${cited}
    country: [Country!]! @relationship(type: "IN_COUNTRY", direction: OUT)
    leaders: [Leader!]! @relationship(type: "LEADS", direction: IN, properties: "Leads")
    adopted: [Practice!]! @relationship(type: "ADOPTED", direction: OUT, properties: "Adopted")
    attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT, properties: "Attended")
    influencedBy: [InfluenceSource!]! @relationship(type: "INSPIRED", direction: IN, properties: "Inspired")
    influenced: [City!]! @relationship(type: "INSPIRED", direction: OUT, properties: "Inspired")
  }
  type Leads @relationshipProperties { role: String since: String until: String ${cited} }
  type Adopted @relationshipProperties { status: String date: String ${cited} }
  type Attended @relationshipProperties { role: String ${cited} }
  type Inspired @relationshipProperties { date: String practice: String via: String ${cited} }

  type PathHop { kind: String! from: ID! to: ID! date: String excerpts: [String!] }
  type InfluencePath { length: Int! hops: [PathHop!]! }
  type Reached { id: ID! name: String depth: Int! }
  type Query {
    influencePaths(from: ID!, to: ID!): [InfluencePath!]!
      @cypher(statement: """${RAW_PATHS.replace('RETURN length(p) AS length, ', 'RETURN {length: length(p), hops: ').replace(/AS hops$/, '} AS path')}""", columnName: "path")
    influenceReach(id: ID!): [Reached!]!
      @cypher(statement: """${RAW_REACH.replace('RETURN b.id AS id, b.name AS name, depth', 'RETURN {id: b.id, name: b.name, depth: depth} AS reached')}""", columnName: "reached")
  }
`;
