import { ObjectType } from 'type-graphql';
import { NodeType } from './node.type';

@ObjectType('Challenge', { implements: NodeType, description: 'A threat or need a city faces.' })
export class Challenge extends NodeType {}
