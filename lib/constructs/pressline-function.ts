import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { type IRole, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REPO_PATHS } from '../repo-paths.ts';

export interface PresslineFunctionProps {
  /** Absolute path of the TypeScript handler module (exports `handler`). */
  readonly entry: string;
  readonly description: string;
  /** @default 512 */
  readonly memorySize?: number;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default - none besides NODE_OPTIONS */
  readonly environment?: Readonly<Record<string, string>>;
  /** @default RetentionDays.TWO_WEEKS */
  readonly logRetention?: RetentionDays;
  /** Applies to the log group. @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/** The newest Node.js runtime aws-cdk-lib offers; the bundle targets the same version. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

/**
 * A Pressline Lambda function: Node.js 24 on arm64, bundled and minified by the local esbuild (no
 * Docker) as an ES module with source maps, with its own role and log group.
 *
 * The role is explicit and starts empty, so the function gets no AWS managed policy (the default
 * AWSLambdaBasicExecutionRole allows writing to every log group); it may write to its own log group
 * and gets everything else through the `grant*` calls of the constructs that use it.
 */
export class PresslineFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: IRole;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: PresslineFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.TWO_WEEKS,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the Pressline function: ${props.description}`,
    });
    this.logGroup.grantWrite(role);
    this.role = role;

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup: this.logGroup,
      projectRoot: REPO_PATHS.root,
      depsLockFilePath: REPO_PATHS.lockFile,
      environment: {
        // Stack traces point at the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        // Prefer the ES module builds of dependencies: smaller bundles, better tree shaking.
        mainFields: ['module', 'main'],
        // A CommonJS dependency that calls require() for a Node built-in needs one inside an ES module.
        banner:
          "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        target: 'node24',
        tsconfig: REPO_PATHS.tsconfig,
        // The SDK clients are bundled, not taken from the runtime's copy: tree-shaken and minified they
        // load in about half the time the runtime's CommonJS modules take at cold start (AWS recommends
        // bundling SDK v3), and the code runs against the SDK version it was tested with.
        externalModules: [],
        // The extractor's data files are read beside the bundle (data/), not parsed as code at cold start.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (_inputDir: string, outputDir: string) => [
            `cp -R "${REPO_PATHS.extractorData}" "${outputDir}/data"`,
          ],
        },
      },
    });
  }
}
