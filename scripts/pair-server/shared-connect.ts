// Admission behind Redis: the room and its seats live there, shared by every instance.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { NO_SUCH_ROOM, TOO_MANY_NEW, parseRequest, seatTaken, type Admission, type Request } from './admission.ts';
import type { PairLimits } from './limits.ts';
import { CLOSE_BUSY, CLOSE_RATE_LIMITED } from './protocol.ts';
import { BusKind, LEASE_MS, type RedisBus } from './redis-bus.ts';

/** Behind Redis, how often and how far apart a taken seat is asked for again before 4409. */
const SEAT_RETRIES = 5;
const SEAT_RETRY_MS = 200;

const noop = () => {};

/** What the server lends a connection it admits through Redis. */
export interface SharedServer {
  limits: PairLimits;
  /** Whether `address` may open one more new mock now. */
  mayCreate(address: string): boolean;
  refuse(ws: WebSocket, code: number, reason: string): void;
  /** Seats an admitted socket in its room (opened here if need be) and reads its messages. */
  seat(
    ws: WebSocket,
    req: IncomingMessage,
    admission: Request,
    token: string,
    created: boolean,
    early: [Buffer, boolean][],
  ): void;
}

/**
 * With Redis: the room and its seats are looked up there (another instance may hold them), so
 * admission waits for Redis; the socket's first messages wait with it (a few, then 4429).
 */
export function connectShared(bus: RedisBus, ws: WebSocket, req: IncomingMessage, server: SharedServer): void {
  const { limits, mayCreate, refuse, seat } = server;
  const request = parseRequest(req.url ?? '/', limits.maxTargetChars);
  if (!request.ok) return refuse(ws, request.code, request.reason);
  const { roomId, peerId, role } = request;
  const token = randomBytes(8).toString('hex');
  const early: [Buffer, boolean][] = [];
  let earlyBytes = 0;
  const hold = (data: Buffer, isBinary: boolean) => {
    early.push([data, isBinary]);
    earlyBytes += data.length;
    if (early.length > limits.messageBurst || earlyBytes > limits.byteBurst)
      refuse(ws, CLOSE_RATE_LIMITED, 'Too many messages: slow down.');
  };
  ws.on('message', hold);
  let seated = false;
  ws.once('close', () => {
    if (seated) bus.releaseSeat(roomId, role, peerId, token).catch(noop);
  });
  const decide = async (): Promise<Admission & { created?: boolean }> => {
    let candidateKey = await bus.candidateOf(roomId);
    let created = false;
    if (!candidateKey) {
      if (role === 'interviewer') return NO_SUCH_ROOM;
      if (!mayCreate(req.socket.remoteAddress ?? '')) return TOO_MANY_NEW;
      ({ created, candidateKey } = await bus.open(roomId, peerId));
    }
    if (role === 'candidate' && candidateKey !== peerId) return seatTaken('candidate');
    // A seat whose holder has just gone may take a moment to be released (its instance tells
    // Redis as the socket closes): ask again a few times before saying it is taken.
    for (let attempt = 0; !(await bus.takeSeat(roomId, role, peerId, token)); attempt++) {
      if (attempt === SEAT_RETRIES || ws.readyState !== ws.OPEN) return seatTaken(role);
      await new Promise((r) => setTimeout(r, SEAT_RETRY_MS));
    }
    seated = true;
    return { ...request, created };
  };
  decide().then(
    (admission) => {
      ws.off('message', hold);
      if (ws.readyState !== ws.OPEN) {
        if (seated) bus.releaseSeat(roomId, role, peerId, token).catch(noop);
        return;
      }
      if (!admission.ok) return refuse(ws, admission.code, admission.reason);
      // The same peer's older socket, on whichever instance, gives way to this one.
      bus.publish(
        roomId,
        BusKind.Kick,
        Buffer.concat([Buffer.from([role === 'candidate' ? 0 : 1]), Buffer.from(token)]),
      );
      seat(ws, req, admission, token, false, early);
      const lease = setInterval(() => {
        bus.renewSeat(roomId, role, peerId, token).then((held) => (held ? undefined : ws.terminate()), noop);
      }, LEASE_MS / 3);
      ws.once('close', () => clearInterval(lease));
    },
    () =>
      refuse(ws, CLOSE_BUSY, 'The pairing server cannot reach its shared state right now; try again in a few minutes.'),
  );
}
