// The design review's board and self-critique together: the Board replay tells the critique its
// moment, so an entry added pins the board as it was then (its momentMs, the same clock as the
// replay), and each entry's "Show board at 12:05" moves the replay back to that moment.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DesignSession } from '../../domain/design-round.ts';
import { STEP_NAMES } from '../../domain/design-round.ts';
import { formatClock } from '../../domain/round-clock.ts';
import { SelfCritique } from '../../features/review/self-critique.tsx';
import { BoardReplay, type BoardMomentRequest } from '../../features/whiteboard/board-replay.tsx';
import { getDb } from '../../storage/db.ts';
import { gapsForRound } from '../../storage/gaps-repo.ts';

export function DesignBoardReview({ session }: { session: DesignSession }) {
  const gaps = useLiveQuery(() => gapsForRound(getDb(), session.id), [session.id], []);
  const [boardMs, setBoardMs] = useState(0);
  const [show, setShow] = useState<BoardMomentRequest | null>(null);
  const stepMoments = session.steps.flatMap((s) =>
    s.startedAt === undefined
      ? []
      : [{ offsetMs: s.startedAt - session.startedAt, label: `${STEP_NAMES[s.step]} began` }],
  );
  return (
    <>
      <BoardReplay session={session} onMoment={setBoardMs} show={show} />
      <SelfCritique
        roundId={session.id}
        problemId={null}
        family="ml"
        tags={[]}
        moments={stepMoments}
        replayOffsetMs={boardMs}
        replayLabel="Board replay position"
        entries={gaps}
        entryExtra={(g) => (
          <button type="button" onClick={() => setShow((r) => ({ offsetMs: g.momentMs, n: (r?.n ?? 0) + 1 }))}>
            Show board at {formatClock(g.momentMs)}
          </button>
        )}
      />
    </>
  );
}
