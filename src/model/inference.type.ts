import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INFERENCE_STOPS, TRANSMISSION_MODELS, type InferenceStop as Stop, type TransmissionModel as Model } from '../domain/inference';
import { upperEnumObject } from '../domain/enum';

/*
 * Network inference (NetInf): edges inferred from adoption times. They are hypotheses, never
 * evidence — every type here says so, none carries citations, and none is stored in the graph.
 */

export const TransmissionModel = upperEnumObject(TRANSMISSION_MODELS);
export type TransmissionModel = Model;
registerEnumType(TransmissionModel, {
  name: 'TransmissionModel',
  description: 'How long it takes a practice to travel along an edge (NetworkInference 1.2.5 parametrisations).',
  valuesConfig: {
    EXPONENTIAL: { description: 'lambda·e^(−lambda·t); parameter lambda (per year for dated adoptions).' },
    RAYLEIGH: { description: '(t/alpha²)·e^(−t²/(2·alpha²)); parameter alpha.' },
    LOG_NORMAL: { description: 'Log-normal with parameters mu and sigma of log t.' },
  },
});

export const InferenceStop = upperEnumObject(INFERENCE_STOPS);
export type InferenceStop = Stop;
registerEnumType(InferenceStop, {
  name: 'InferenceStop',
  valuesConfig: {
    EDGES: { description: 'The number of edges asked for was reached.' },
    P_VALUE: { description: 'An edge reached the p-value cutoff (that edge is included, as in the package).' },
    EXHAUSTED: { description: 'Every possible edge was inferred before the cutoff was reached.' },
  },
});

@ObjectType({ description: 'An INFERRED edge: a hypothesis from adoption times, not a documented influence.' })
export class InferredEdge {
  @Field(() => Int, { description: 'Order of inference (1 = first chosen).' })
  rank!: number;
  @Field(() => String, { description: 'Source node: a city id (graph adoptions) or a node name (data set).' })
  origin!: string;
  @Field(() => String, { nullable: true, description: 'Display name of the origin, when it is a node of the graph.' })
  originName!: string | null;
  @Field(() => String)
  destination!: string;
  @Field(() => String, { nullable: true })
  destinationName!: string | null;
  @Field(() => Float, { description: 'Gain in log-likelihood from adding the edge.' })
  improvement!: number;
  @Field(() => Float, {
    nullable: true,
    description: "The package's Vuong-test p-value for adding the edge (null where it is undefined, e.g. a single cascade).",
  })
  pValue!: number | null;
  @Field(() => Boolean, { description: 'Always true: this edge is inferred, not documented.' })
  inferred!: boolean;
  @Field(() => Boolean, { description: 'Whether a cited INSPIRED relationship states the same influence.' })
  documented!: boolean;
}

@ObjectType()
export class DocumentedPair {
  @Field(() => String)
  origin!: string;
  @Field(() => String)
  destination!: string;
  @Field(() => [String], { description: 'Practices the INSPIRED relationships name ("" when they name none).' })
  practices!: string[];
  @Field(() => Int, { nullable: true, description: 'Rank of the inferred edge that recovers it.' })
  rank!: number | null;
  @Field(() => Boolean, { description: 'Could NetInf propose it at all (origin adopted strictly before destination in some cascade)?' })
  possible!: boolean;
}

@ObjectType({ description: 'Inferred against documented: documented influences recovered and missed, inferred edges with no document.' })
export class InferenceComparison {
  @Field(() => Int, { description: 'Documented city-to-city influences among the nodes of these cascades.' })
  documented!: number;
  @Field(() => [DocumentedPair])
  recovered!: DocumentedPair[];
  @Field(() => [DocumentedPair])
  missed!: DocumentedPair[];
  @Field(() => Int, { description: 'Inferred edges no cited document states.' })
  undocumented!: number;
}

@ObjectType({
  description:
    'A diffusion network inferred by NetInf, exactly as the R package NetworkInference 1.2.5 computes it. Inferred, not evidence.',
})
export class InferredNetwork {
  @Field(() => Boolean, { description: 'Always true.' })
  inferred!: boolean;
  @Field(() => String, { description: 'What the cascades are: "practice …", "category …" or "data set …".' })
  source!: string;
  @Field(() => TransmissionModel)
  model!: TransmissionModel;
  @Field(() => [String])
  parameterNames!: string[];
  @Field(() => [Float])
  parameters!: number[];
  @Field(() => Boolean, { description: 'Estimated from the data as the package does (no parameters given).' })
  parametersEstimated!: boolean;
  @Field(() => InferenceStop)
  stoppedBy!: InferenceStop;
  @Field(() => Int)
  cascades!: number;
  @Field(() => Int)
  nodes!: number;
  @Field(() => Int)
  adoptions!: number;
  @Field(() => Int, { description: 'Graph adoptions left out: PLANNED (not adopted yet) or without a date.' })
  adoptionsSkipped!: number;
  @Field(() => Int, { description: 'Edges the data allow: u adopted strictly before v in at least one cascade.' })
  possibleEdges!: number;
  @Field(() => [InferredEdge], { description: 'In the order inferred.' })
  edges!: InferredEdge[];
  @Field(() => InferenceComparison)
  comparison!: InferenceComparison;
}

@ObjectType({ description: 'An imported set of adoption cascades (research data, not cited facts).' })
export class CascadeDataSet {
  @Field(() => String)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => Int)
  adoptions!: number;
  @Field(() => Int)
  nodes!: number;
  @Field(() => Int)
  cascades!: number;
  @Field(() => String)
  importedAt!: string;
  @Field(() => String)
  importedBy!: string;
}

@ObjectType({ description: 'How fast one cascade spread.' })
export class CascadeSpeed {
  @Field(() => String)
  cascade!: string;
  @Field(() => Int)
  adopters!: number;
  @Field(() => Float)
  first!: number;
  @Field(() => Float)
  last!: number;
  @Field(() => Float, { description: 'last − first' })
  span!: number;
  @Field(() => Float, { description: 'From the first adoption until half of the adopters had adopted.' })
  timeToHalf!: number;
  @Field(() => Float, { nullable: true, description: 'Mean gap between successive adoptions.' })
  meanLag!: number | null;
  @Field(() => Float, { nullable: true })
  medianLag!: number | null;
  @Field(() => Float, { nullable: true })
  maxLag!: number | null;
  @Field(() => Int, { description: 'Adoptions at the same time as an earlier one.' })
  tied!: number;
}

@ObjectType({ description: 'How early an actor tends to adopt, over the cascades it adopted in.' })
export class ActorInnovativeness {
  @Field(() => Int, { description: '1 = the most innovative.' })
  rank!: number;
  @Field(() => String)
  node!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => Int)
  adoptions!: number;
  @Field(() => Float, { nullable: true, description: 'Mean position within its cascades: (mid-rank − ½)/n, 0 = always first.' })
  meanPosition!: number | null;
  @Field(() => Float, { nullable: true, description: '1 − meanPosition: higher is earlier (a leader).' })
  score!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "Rogers' adopter category of the mean position: innovator, early adopter, early majority, late majority, laggard.",
  })
  category!: string | null;
}

@ObjectType({ description: 'Adoption speed per cascade and innovativeness per actor (leaders and laggards).' })
export class CascadeStatistics {
  @Field(() => String)
  source!: string;
  @Field(() => [CascadeSpeed])
  cascades!: CascadeSpeed[];
  @Field(() => [ActorInnovativeness], { description: 'Most innovative first.' })
  actors!: ActorInnovativeness[];
}
