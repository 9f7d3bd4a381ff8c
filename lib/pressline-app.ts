import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readDeployConfig } from './deploy-config.ts';
import { PresslineStack, type PresslineStackProps } from './pressline-stack.ts';

/**
 * Adds the stage's Pressline stack to an app (stage and overrides from CDK context) and runs the
 * cdk-nag AwsSolutions pack on it at synthesis. One stack per stage, named after it, so stages coexist.
 *
 * @example
 * const app = new App({ context: { stage: 'dev' } });
 * addPresslineStack(app).stackName; // 'Pressline-dev'
 */
export function addPresslineStack(
  app: App,
  options: Pick<PresslineStackProps, 'handlers'> = {},
): PresslineStack {
  const config = readDeployConfig((key) => app.node.tryGetContext(key));
  const stack = new PresslineStack(app, `Pressline-${config.stage}`, {
    ...options,
    config,
    description: `Pressline (${config.stage}): press releases in S3 to queryable records in DynamoDB`,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
