/** Endpoints of the emulators the embedded local stack and the tests run on loopback. */
export interface Emulators {
  /** S3 and SQS (one server). */
  readonly awsEndpoint: string;
  /** DynamoDB Local. */
  readonly dynamoEndpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  /** Folder for persisted data; omitted: in memory (tests). */
  readonly dataDir?: string;
  /** 0 (the default) picks free ports. */
  readonly awsPort?: number;
  readonly dynamoPort?: number;
}

/** Starts S3+SQS (fauxqs) and DynamoDB Local on loopback. */
export async function startEmulators(_options: EmulatorOptions = {}): Promise<Emulators> {
  throw new Error('startEmulators: not implemented yet');
}
