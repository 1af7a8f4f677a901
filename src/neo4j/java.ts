/**
 * The Java side of the local Neo4j server: finding `java` and `mvn`, and turning
 * neo4j/pom.xml into a folder of jars (once; later calls hit a marker file).
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Something needed to run the local server is missing or broken. `hint` says what to do next. */
export class ProvisioningError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'ProvisioningError';
    this.hint = hint;
  }
}

/** Every way out of provisioning mentions the alternative of an existing server. */
const USE_EXISTING = 'or set NEO4J_URI to use an existing Neo4j instead of the local one';

/** Neo4j 5.26 is built for Java 17 and 21; 2025.x would need 21. */
const MIN_JAVA = 17;
const TESTED_JAVA = [17, 21];

/** Name of the file, inside the lib folder, that records which pom content the jars came from. */
const MARKER = '.complete';

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set (as the official scripts do), else `java` from PATH. */
export function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  if (home) {
    const bin = join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (existsSync(bin)) return bin;
  }
  return 'java';
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a short command, capturing stdout+stderr; rejects only if it cannot be started. */
export function runCaptured(cmd: string, args: string[], options: Pick<SpawnOptions, 'cwd' | 'env'> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` or, for Java 8, `"1.8.0_402"`. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Checks that a Java 17+ runtime is there; returns the binary to run and its major version. */
export async function checkJava(log: (line: string) => void): Promise<{ bin: string; major: number }> {
  const bin = javaBinary();
  const installHint =
    `Install a Java ${MIN_JAVA} or 21 runtime (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; ` +
    `macOS: brew install openjdk@17) or point JAVA_HOME at one, ${USE_EXISTING}.`;
  let result: RunResult;
  try {
    result = await runCaptured(bin, ['-version']);
  } catch {
    throw new ProvisioningError(`Java is needed to run the local Neo4j server, but \`${bin}\` was not found.`, installHint);
  }
  const major = parseJavaMajor(result.output);
  if (result.code !== 0 || major === undefined) {
    throw new ProvisioningError(`\`${bin} -version\` failed: ${result.output.trim().slice(0, 300)}`, installHint);
  }
  if (major < MIN_JAVA) {
    throw new ProvisioningError(`Neo4j 5.26 needs Java ${MIN_JAVA} or newer; \`${bin}\` is Java ${major}.`, installHint);
  }
  if (!TESTED_JAVA.includes(major)) {
    log(`Warning: Neo4j 5.26 supports Java 17 and 21; trying with Java ${major}.`);
  }
  return { bin, major };
}

/** Maven is needed only for the one-time download of the jars. */
export async function checkMaven(): Promise<void> {
  const hint = `Install Maven 3.6+ (Debian/Ubuntu: apt-get install maven; macOS: brew install maven), ${USE_EXISTING}.`;
  let result: RunResult;
  try {
    result = await runCaptured('mvn', ['-v']);
  } catch {
    throw new ProvisioningError('Maven (`mvn`) is needed once to download the Neo4j jars, but it was not found on PATH.', hint);
  }
  if (result.code !== 0) {
    throw new ProvisioningError(`\`mvn -v\` failed: ${result.output.trim().slice(0, 300)}`, hint);
  }
}

export function neo4jLibDir(projectRoot: string): string {
  return join(projectRoot, '.neo4j', 'lib');
}

async function pomHash(pomPath: string): Promise<string> {
  let pom: Buffer;
  try {
    pom = await readFile(pomPath);
  } catch {
    throw new ProvisioningError(`No Maven project at ${pomPath}.`, 'Pass the folder that holds neo4j/pom.xml as projectRoot.');
  }
  return createHash('sha256').update(pom).digest('hex');
}

async function readMarker(libDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(libDir, MARKER), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `<projectRoot>/.neo4j/lib` holds the jars of neo4j/pom.xml and returns that folder.
 * When the marker matches the pom's hash this does no I/O beyond two reads (no mvn call).
 * Otherwise mvn copies into a staging folder that replaces lib/ only once complete, so an
 * interrupted download never leaves a half-filled classpath (or stale jars of an older version).
 */
export async function ensureNeo4jJars(opts: { projectRoot: string; log?: (line: string) => void }): Promise<string> {
  const log = opts.log ?? ((line: string) => console.error(line));
  const pomPath = join(opts.projectRoot, 'neo4j', 'pom.xml');
  const libDir = neo4jLibDir(opts.projectRoot);
  const hash = await pomHash(pomPath);
  if ((await readMarker(libDir)) === hash) return libDir;

  await checkJava(log);
  await checkMaven();
  const staging = `${libDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  log(`Downloading the Neo4j 5.26 server jars from Maven Central into ${libDir} (first run only, about 125 MB)…`);
  const started = Date.now();
  try {
    await runMavenCopy(pomPath, staging, log);
    await writeFile(join(staging, MARKER), `${hash}\n`);
    await replaceDir(staging, libDir, hash);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`Neo4j jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return libDir;
}

/** Swaps the staging folder in; tolerates another process having finished the same copy first. */
async function replaceDir(staging: string, libDir: string, hash: string): Promise<void> {
  await rm(libDir, { recursive: true, force: true });
  try {
    await rename(staging, libDir);
  } catch (err) {
    if ((await readMarker(libDir)) !== hash) throw err;
  }
}

/** How often the download counter is printed. */
const PROGRESS_EVERY_MS = 3_000;

/** Runs the pom's bound copy-dependencies, condensing Maven's transfer lines into a counter. */
function runMavenCopy(pomPath: string, outDir: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-B', '-f', pomPath, 'package', `-Dneo4j.lib.dir=${outDir}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    let downloaded = 0;
    let reported = 0;
    const timer = setInterval(() => {
      if (downloaded !== reported) log(`  downloaded ${(reported = downloaded)} artifacts…`);
    }, PROGRESS_EVERY_MS);
    const onLine = (line: string): void => {
      if (/^(\[INFO\] )?Downloaded from /.test(line)) downloaded += 1;
      tail.push(line);
      if (tail.length > 20) tail.shift();
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(new ProvisioningError(`Could not run Maven: ${err.message}`, `Install Maven, ${USE_EXISTING}.`));
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (downloaded) log(`  downloaded ${downloaded} artifacts.`);
      if (code === 0) return resolve();
      reject(
        new ProvisioningError(
          `Maven could not fetch the Neo4j jars (exit code ${code}). Last lines:\n${tail.join('\n')}`,
          `Check that Maven Central is reachable and retry (the command was: mvn -B -f ${pomPath} package), ${USE_EXISTING}.`,
        ),
      );
    });
  });
}

/**
 * JVM flags of the official 5.26 distribution (`server.jvm.additional` in its default neo4j.conf,
 * plus the -Dfile.encoding its launcher adds). Left out on purpose: -XX:+AlwaysPreTouch, which
 * commits the whole heap at start; this is a small dev/test server sharing the machine.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

/** `-cp` value: the JVM expands a trailing `*` to every jar in the folder. */
export function classpath(libDir: string): string {
  return join(libDir, '*');
}
