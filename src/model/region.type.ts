import { ObjectType } from 'type-graphql';
import { NodeType } from './node.type';

@ObjectType('Region', { implements: NodeType, description: 'A world region as the documents name it (e.g. Western Balkans).' })
export class Region extends NodeType {}
