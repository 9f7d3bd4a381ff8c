/** S3 failed in a way no retry-free answer explains (throttling, permissions, network): retry the message. */
export class S3ReadError extends Error {
  override readonly name = 'S3ReadError';
}
