import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalStackError } from './local-stack-error.ts';

export interface EndpointGateway {
  readonly port: number;
  readonly endpoint: string;
  stop(): Promise<void>;
}

export interface GatewayTargets {
  /** DynamoDB Local. */
  readonly dynamo: URL;
  /** Everything else (S3 and SQS: fauxqs). */
  readonly aws: URL;
}

/**
 * True for a DynamoDB API call: its JSON protocol names the operation in `X-Amz-Target`
 * (`DynamoDB_20120810.PutItem`), and SigV4 names the service in the credential scope.
 *
 * @example
 * isDynamoRequest({ 'x-amz-target': 'DynamoDB_20120810.Query' }) // true
 */
export function isDynamoRequest(headers: IncomingMessage['headers']): boolean {
  const target = headers['x-amz-target'];
  if (typeof target === 'string') return target.startsWith('DynamoDB');
  const authorization = headers.authorization;
  return typeof authorization === 'string' && authorization.includes('/dynamodb/aws4_request');
}

/**
 * One loopback URL for every service, so a single `AWS_ENDPOINT_URL` works: DynamoDB calls go to
 * DynamoDB Local, all others to fauxqs. Bodies are piped untouched (byte-exact uploads, aws-chunked
 * framing and all); SDKs that honour per-service variables skip the gateway altogether.
 */
export async function startEndpointGateway(port: number, targets: GatewayTargets): Promise<EndpointGateway> {
  const server = createServer((incoming, outgoing) => forward(incoming, outgoing, targets));
  // Keep-alive sockets would hold stop() open until they time out.
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalStackError(
              `port ${port} for the endpoint gateway is taken; stop what uses it or choose another (--port or PRESSLINE_PORT).`,
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    endpoint: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function forward(incoming: IncomingMessage, outgoing: ServerResponse, targets: GatewayTargets): void {
  const target = isDynamoRequest(incoming.headers) ? targets.dynamo : targets.aws;
  const upstream = request(
    {
      hostname: target.hostname,
      port: target.port,
      method: incoming.method,
      path: incoming.url,
      // The Host header stays as the client signed it; neither emulator checks signatures.
      headers: incoming.headers,
    },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    },
  );
  upstream.on('error', (error) => {
    if (outgoing.headersSent) outgoing.destroy(error);
    else
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`pressline gateway: ${error.message}\n`);
  });
  incoming.pipe(upstream);
}
