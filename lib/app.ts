import { App } from 'aws-cdk-lib';
import { addPresslineStack } from './pressline-app.ts';

// Environment-agnostic on purpose: `cdk synth` works offline, `cdk deploy` targets the CLI's account/region.
const app = new App();
addPresslineStack(app);
app.synth();
