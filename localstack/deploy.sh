#!/usr/bin/env bash
# `npm run localstack:deploy`: bootstraps LocalStack and deploys the dev stage with cdklocal, writing the
# stack outputs to .pressline/localstack-outputs.json, where `npm run test:localstack` finds the names.
set -euo pipefail
cd "$(dirname "$0")/.."

# Always LocalStack, whatever `pressline env` may have exported into this shell.
export AWS_ENDPOINT_URL="${LOCALSTACK_ENDPOINT:-http://localhost:4566}"
unset AWS_ENDPOINT_URL_S3 AWS_ENDPOINT_URL_SQS AWS_ENDPOINT_URL_DYNAMODB AWS_PROFILE
export AWS_REGION="${AWS_REGION:-us-east-1}"
export AWS_DEFAULT_REGION="$AWS_REGION"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test

curl -fsS "$AWS_ENDPOINT_URL/_localstack/health" >/dev/null || {
  echo "LocalStack does not answer at $AWS_ENDPOINT_URL: docker compose -f localstack/compose.yml up -d" >&2
  exit 1
}
mkdir -p .pressline
npx cdklocal bootstrap -c stage=dev
npx cdklocal deploy -c stage=dev --require-approval never --outputs-file .pressline/localstack-outputs.json
echo "Outputs in .pressline/localstack-outputs.json; now: npm run test:localstack"
