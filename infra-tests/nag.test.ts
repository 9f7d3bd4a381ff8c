import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDeployConfig } from '../lib/deploy-config.ts';
import { addPresslineStack } from '../lib/pressline-app.ts';
import { PresslineStack } from '../lib/pressline-stack.ts';

interface ValidationReport {
  readonly pluginReports: ReadonlyArray<{
    readonly pluginName: string;
    readonly violations: ReadonlyArray<{ readonly ruleName: string; readonly severity: string }>;
  }>;
}

const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

const readReport = (directory: string): ValidationReport =>
  JSON.parse(readFileSync(join(directory, 'validation-report.json'), 'utf8')) as ValidationReport;

/** Every acknowledgement recorded in the tree, as `path: id -> reason`. */
const acknowledgementsIn = (root: IConstruct): Array<{ path: string; id: string; reason: string }> =>
  root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );

let app: App;
let assembly: CloudAssembly;

// The app exactly as `cdk synth` builds it (cdk.json context, the pack registered by
// addPresslineStack), plus the prod stage; synthesized once. Synthesis throws on any unacknowledged
// cdk-nag finding, error or warning alike, so getting an assembly is the first assertion.
beforeAll(() => {
  app = new App({ context: cdkJson.context });
  addPresslineStack(app);
  new PresslineStack(app, 'Pressline-prod', {
    config: readDeployConfig((key) => (key === 'stage' ? 'prod' : undefined)),
  });
  assembly = app.synth();
});

describe('cdk-nag AwsSolutions', () => {
  it('synthesizes both stages', () => {
    expect(assembly.stacks.map((stack) => stack.stackName).sort()).toEqual([
      'Pressline-dev',
      'Pressline-prod',
    ]);
  });

  it('reports no unacknowledged error or warning in the validation report', () => {
    const violations = readReport(assembly.directory).pluginReports.flatMap((report) =>
      report.violations.map(
        (violation) => `${report.pluginName} ${violation.severity} ${violation.ruleName}`,
      ),
    );
    expect(violations).toEqual([]);
  });

  it('finds nothing left when the pack is run on the tree directly', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((violation) => `${violation.severity} ${violation.ruleName}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges only the wildcards of the ingest role bucket.grantRead, each finding by name', () => {
    const acknowledgements = acknowledgementsIn(app);
    for (const stage of ['dev', 'prod']) {
      const ids = acknowledgements
        .filter((ack) => ack.path.startsWith(`Pressline-${stage}/`))
        .map((ack) => ack.id);
      expect(ids.sort()).toEqual([
        'AwsSolutions-IAM5[Action::s3:GetBucket*]',
        'AwsSolutions-IAM5[Action::s3:GetObject*]',
        'AwsSolutions-IAM5[Action::s3:List*]',
        expect.stringMatching(
          /^AwsSolutions-IAM5\[Resource::<ReleasesBucket[0-9A-F]{8}\.Arn>\/incoming\/\*\]$/,
        ),
      ]);
    }
    for (const ack of acknowledgements) {
      expect(ack.path).toMatch(/\/Ingest\/Ingest\/Role$/);
      expect(ack.reason).toMatch(/incoming\//);
    }
  });

  it('would fail synthesis on a finding (the check is live)', () => {
    const probe = new App({ context: cdkJson.context });
    // Neither access logs nor TLS enforcement: AwsSolutions-S1 and -S10.
    new Bucket(new Stack(probe, 'Probe'), 'Careless');
    Validations.of(probe).addPlugins(new AwsSolutionsChecks(probe));
    expect(() => probe.synth()).toThrow(/AwsSolutions-S1/);
    const rules = readReport(probe.outdir).pluginReports.flatMap((report) =>
      report.violations.map((violation) => violation.ruleName),
    );
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']));
  });
});
