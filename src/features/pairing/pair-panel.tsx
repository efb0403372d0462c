// The candidate's pairing strip on the round page: the link and code to give the interviewer, the
// connection, and the hints the interviewer chose to reveal (never the ones held back).
import { useState } from 'react';
import { formatPairCode, joinLink, roomIdFor } from '../../domain/pair-code.ts';
import { interviewerMayDraw, interviewerMayType } from '../../domain/pair-trust.ts';
import { usePairStore } from '../../stores/pair-store.ts';
import { useRoundStore } from '../../stores/round-store.ts';
import './pairing.css';
import { NoServerHint } from './no-server-hint.tsx';
import { statusText } from './pair-status.ts';

const COPIED_MS = 2_000;

/** Shown on a paired round only. */
export function PairPanel() {
  const config = usePairStore((s) => s.config);
  const status = usePairStore((s) => s.status);
  const partner = usePairStore((s) => s.partnerPresent);
  const invitation = usePairStore((s) => s.invitation);
  const notice = usePairStore((s) => s.notice);
  const mayType = useRoundStore((s) => interviewerMayType(s.events));
  const mayDraw = useRoundStore((s) => interviewerMayDraw(s.events));
  const active = useRoundStore((s) => s.phase === 'active');
  const [copied, setCopied] = useState(false);
  if (!config) return null;
  const link = joinLink(window.location.origin, { ...config, roomId: roomIdFor(config.code) });

  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
    setTimeout(() => setCopied(false), COPIED_MS);
  }

  return (
    <section className="pair-panel" aria-label="Paired mock">
      <div role="status" className={`pair-status ${status?.kind ?? 'connecting'}`}>
        {statusText(status, partner, 'interviewer')}
      </div>
      <NoServerHint
        connecting={status === null || status.kind === 'connecting'}
        serverUrl={config.serverUrl}
        side="candidate"
      />
      <label className="field inline">
        Join link for your interviewer
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy link'}
      </button>
      <span>
        Code <strong className="pair-code">{formatPairCode(config.code)}</strong> · server {config.serverUrl}
      </span>
      <label className="chip">
        <input
          type="checkbox"
          checked={mayType}
          disabled={!active}
          onChange={(e) => void useRoundStore.getState().setInterviewerTyping(e.target.checked)}
        />
        Let the interviewer type
      </label>
      <label className="chip">
        <input
          type="checkbox"
          checked={mayDraw}
          disabled={!active}
          onChange={(e) => void useRoundStore.getState().setInterviewerDrawing(e.target.checked)}
        />
        Let the interviewer draw on your Sketch
      </label>
      {notice ? (
        <p role="alert" className="pair-notice">
          {notice}{' '}
          <button type="button" onClick={() => usePairStore.getState().setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {invitation ? (
        <p className="pair-invitation">
          Your partner started their round.{' '}
          <a href={joinLink(window.location.origin, invitation)}>Interview your partner</a>
        </p>
      ) : null}
      <RevealedHints />
    </section>
  );
}

/** The hints revealed for the problem on screen, in the order the interviewer gave them. */
function RevealedHints() {
  const pid = useRoundStore((s) => s.activeProblemId);
  const events = useRoundStore((s) => s.events);
  const hints = events.filter((e) => e.type === 'hint-revealed' && e.problemId === pid);
  if (hints.length === 0) return null;
  return (
    <section aria-label="Hints from your interviewer" className="revealed-hints">
      <h2>Hints from your interviewer</h2>
      <ol>{hints.map((h) => (h.type === 'hint-revealed' ? <li key={h.requestId}>{h.text}</li> : null))}</ol>
    </section>
  );
}
