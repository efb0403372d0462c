// What a paired-mock socket and the server say to each other: the close codes the app understands,
// the y-websocket message types, and a refusal (a close code with the reason the app shows).
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import type { TokenBucket } from './limits.ts';

/** Close codes the app understands. y-websocket stops for good after 4400–4499 unless told otherwise. */
export const CLOSE_BAD_REQUEST = 4400;
export const CLOSE_WRONG_CODE = 4401;
export const CLOSE_NO_SUCH_ROOM = 4404;
export const CLOSE_ROOM_FULL = 4409;
export const CLOSE_TOO_LARGE = 4413;
/** Updates the room cannot place (missing dependencies) piled up; the app reconnects and resyncs. */
export const CLOSE_UNPLACEABLE = 4422;
/** Too many messages or bytes too fast; the app reconnects after a pause. */
export const CLOSE_RATE_LIMITED = 4429;
/** The server is at its room, socket or memory limit; try again later. */
export const CLOSE_BUSY = 4503;

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type Role = 'candidate' | 'interviewer';

export interface Peer {
  ws: WebSocket;
  role: Role;
  peerId: string;
  /** This connection's seat token (with Redis: only the connection holding it keeps the seat). */
  token: string;
  /** Awareness client ids this socket announced (removed when it leaves). */
  clients: Set<number>;
  messages: TokenBucket;
  bytes: TokenBucket;
  stateRequests: TokenBucket;
}

export class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const syncMessage = (step: number, payload: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, step);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
};

export const awarenessMessage = (update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

/**
 * ws closes a socket whose message is over `maxPayload` with 1009 as soon as the frame header
 * announces the length (nothing is buffered); the app is told 4413 with a reason instead.
 */
export class PairSocket extends WebSocket {
  override close(code?: number, reason?: string | Buffer): void {
    if (code === 1009) super.close(CLOSE_TOO_LARGE, 'Message too large for the pairing server.');
    else super.close(code, reason);
  }
}
