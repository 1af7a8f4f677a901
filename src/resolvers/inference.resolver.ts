import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError, badInput, notFound } from '../errors';
import { listCascadeDataSets } from '../graph/influence/netinf/data-sets';
import { inferFromGraph } from '../graph/influence/netinf/infer';
import { NetinfInputError, NetinfNotFoundError, PARAMETER_NAMES } from '../graph/influence/netinf/models';
import { NetinfTimeoutError } from '../graph/influence/netinf/run-worker';
import { PracticeCategory } from '../model/enums';
import { CascadeDataSet, CascadeStatistics, InferredNetwork, TransmissionModel } from '../model/inference.type';
import { buildCascades } from '../graph/influence/netinf/cascades';
import { cascadeSpeeds, innovativeness } from '../graph/influence/netinf/diffusion-stats';
import { loadCascades } from '../graph/influence/netinf/sources';

/** At most this many edges per request (the p-value mode stops by itself, but no later than this). */
export const MAX_INFERRED_EDGES = 1000;

/** NetInf over the graph's adoptions or an imported data set; never stored, always marked inferred. */
@Resolver()
export class InferenceResolver {
  @Query(() => InferredNetwork, {
    description: `Infer who learned from whom from adoption times (NetInf, exactly as the R package NetworkInference 1.2.5). Cascades: an imported dataSet, or the graph's own adoptions of a practice (practiceId) or of each practice of a category (PLANNED and undated adoptions left out). Stop after \`edges\` (at most ${MAX_INFERRED_EDGES}) or at \`pValueCutoff\`. Parameters (lambda; alpha; mu and sigma) are estimated as the package does when not given. The result is inferred, not evidence, and is compared with the cited INSPIRED influences.`,
    // a CPU job: a base cost plus ten per edge asked for (p-value mode: counted as 500 edges)
    complexity: ({ args, childComplexity }) => 500 + childComplexity + 10 * Math.min(Number(args.edges ?? 500), MAX_INFERRED_EDGES),
  })
  async inferredNetwork(
    @Arg('dataSet', () => ID, { nullable: true }) dataSet: string | null,
    @Arg('practiceId', () => ID, { nullable: true }) practiceId: string | null,
    @Arg('category', () => PracticeCategory, { nullable: true }) category: PracticeCategory | null,
    @Arg('model', () => TransmissionModel, { defaultValue: TransmissionModel.EXPONENTIAL }) model: TransmissionModel,
    @Arg('lambda', () => Float, { nullable: true }) lambda: number | null,
    @Arg('alpha', () => Float, { nullable: true }) alpha: number | null,
    @Arg('mu', () => Float, { nullable: true }) mu: number | null,
    @Arg('sigma', () => Float, { nullable: true }) sigma: number | null,
    @Arg('edges', () => Int, { nullable: true }) edges: number | null,
    @Arg('pValueCutoff', () => Float, { nullable: true }) pValueCutoff: number | null,
    @Ctx() ctx: Context,
  ): Promise<InferredNetwork> {
    if ((edges == null) === (pValueCutoff == null))
      throw badInput(edges == null ? 'edges' : 'pValueCutoff', 'Give exactly one of "edges" and "pValueCutoff".');
    if (edges != null && (edges < 1 || edges > MAX_INFERRED_EDGES))
      throw badInput('edges', `"edges" must lie between 1 and ${MAX_INFERRED_EDGES}.`);
    const given: Record<string, number | null> = { lambda, alpha, mu, sigma };
    const names = PARAMETER_NAMES[model];
    const stray = Object.keys(given).find((k) => given[k] != null && !names.includes(k));
    if (stray) throw badInput(stray, `The ${model} model takes ${names.join(' and ')}, not ${stray}.`);
    const values = names.map((n) => given[n] ?? null);
    if (values.some((v) => v !== null) && values.some((v) => v === null))
      throw badInput(names.find((n) => given[n] == null) ?? 'params', `Give all of ${names.join(' and ')}, or none to estimate them.`);
    const params = values.every((v) => v !== null) ? (values as number[]) : undefined;
    try {
      const { loaded, cascades, result, comparison } = await inferFromGraph(
        ctx.db,
        { dataSet: dataSet ?? null, practiceId: practiceId ?? null, category: category ?? null },
        // the p-value mode is bounded by the number of possible edges; cap it for the API
        {
          model,
          params,
          edges: edges ?? undefined,
          pValueCutoff: pValueCutoff ?? undefined,
          // progress of the worker, at most every 200 ms, for whoever watches the logs
          onProgress: (p) => ctx.log?.debug({ netinf: p }, 'inferredNetwork progress'),
        },
      );
      const documented = new Set([...comparison.recovered].map((r) => `${r.origin}\u0000${r.destination}`));
      const name = (id: string) => loaded.names.get(id) ?? null;
      return {
        inferred: true,
        source: loaded.label,
        model,
        parameterNames: [...names],
        parameters: result.params,
        parametersEstimated: result.paramsEstimated,
        stoppedBy: result.stoppedBy,
        cascades: cascades.cascadeIds.length,
        nodes: cascades.nodeNames.length,
        adoptions: loaded.events.length,
        adoptionsSkipped: loaded.skipped.planned + loaded.skipped.undated,
        possibleEdges: result.possibleEdges,
        edges: result.edges.slice(0, MAX_INFERRED_EDGES).map((e, i) => ({
          rank: i + 1,
          origin: e.origin,
          originName: name(e.origin),
          destination: e.destination,
          destinationName: name(e.destination),
          improvement: e.improvement,
          pValue: Number.isFinite(e.pValue) ? e.pValue : null,
          inferred: true,
          documented: documented.has(`${e.origin}\u0000${e.destination}`),
        })),
        comparison: {
          documented: comparison.documented,
          recovered: comparison.recovered.map((r) => ({
            origin: r.origin,
            destination: r.destination,
            practices: r.practices.map((p) => p ?? ''),
            rank: r.rank,
            possible: true,
          })),
          missed: comparison.missed.map((m) => ({
            origin: m.origin,
            destination: m.destination,
            practices: m.practices.map((p) => p ?? ''),
            rank: null,
            possible: m.possible,
          })),
          undocumented: comparison.undocumented.length,
        },
      };
    } catch (err) {
      if (err instanceof NetinfNotFoundError) throw notFound(err.id, err.field === 'dataSet' ? 'cascade data set' : 'practice', err.field);
      if (err instanceof NetinfInputError) throw badInput(err.field, err.message);
      if (err instanceof NetinfTimeoutError)
        throw new AppError('DATABASE_TIMEOUT', `${err.message} Ask for fewer edges or a smaller set of cascades, or use the CLI.`);
      throw err;
    }
  }

  @Query(() => CascadeStatistics, {
    description:
      "Adoption speed and lags per cascade, and innovativeness per actor (mean position in its cascades, Rogers' category), for an imported dataSet or the graph's adoptions of a practice or category. Plain description of the adoption times: no inference.",
    complexity: ({ childComplexity }) => 100 + childComplexity * 20,
  })
  async cascadeStatistics(
    @Arg('dataSet', () => ID, { nullable: true }) dataSet: string | null,
    @Arg('practiceId', () => ID, { nullable: true }) practiceId: string | null,
    @Arg('category', () => PracticeCategory, { nullable: true }) category: PracticeCategory | null,
    @Ctx() ctx: Context,
  ): Promise<CascadeStatistics> {
    try {
      const loaded = await loadCascades(ctx.db, { dataSet: dataSet ?? null, practiceId: practiceId ?? null, category: category ?? null });
      const c = buildCascades(loaded.events);
      const num = (x: number) => (Number.isNaN(x) ? null : x);
      return {
        source: loaded.label,
        cascades: cascadeSpeeds(c),
        actors: innovativeness(c).map((a) => ({
          rank: a.rank,
          node: a.node,
          name: loaded.names.get(a.node) ?? null,
          adoptions: a.adoptions,
          meanPosition: num(a.meanPosition),
          score: num(a.score),
          category: a.adoptions ? a.category : null,
        })),
      };
    } catch (err) {
      if (err instanceof NetinfNotFoundError) throw notFound(err.id, err.field === 'dataSet' ? 'cascade data set' : 'practice', err.field);
      if (err instanceof NetinfInputError) throw badInput(err.field, err.message);
      throw err;
    }
  }

  @Query(() => [CascadeDataSet], { description: 'Imported adoption cascade data sets (prevention-graph cascades import).' })
  async cascadeDataSets(@Ctx() ctx: Context): Promise<CascadeDataSet[]> {
    return listCascadeDataSets(ctx.db);
  }
}
