// The interviewer's way in without a link: type the candidate's code and the pairing server.
import { useState } from 'react';
import {
  defaultServerUrl,
  joinLink,
  normalizePairCode,
  parseServerUrl,
  roomIdFor,
  type JoinDetails,
} from '../../domain/pair-code.ts';
import { mayReach } from '../../pairing/connect-policy.ts';

/** Joins with a typed code; another server than this page's loads a fresh page (connect-src). */
export function JoinForm({ onJoin }: { onJoin: (d: JoinDetails) => void }) {
  const [code, setCode] = useState('');
  const [server, setServer] = useState(() => defaultServerUrl(window.location));
  const valid = normalizePairCode(code) !== null && parseServerUrl(server) !== null;
  return (
    <main className="page narrow">
      <h1>Join a paired mock as interviewer</h1>
      <p>Open the link the candidate gave you, or type their code here.</p>
      <form
        aria-label="Join as interviewer"
        onSubmit={(e) => {
          e.preventDefault();
          const c = normalizePairCode(code);
          const s = parseServerUrl(server);
          if (!c || !s) return;
          const details = { roomId: roomIdFor(c), code: c, serverUrl: s };
          // This page may reach only the server it already uses: another one needs a fresh page.
          if (mayReach(s)) onJoin(details);
          else {
            window.location.replace(joinLink(window.location.origin, details));
            window.location.reload();
          }
        }}
      >
        <label className="field">
          Code
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="ABCD-EFGH-JKMN-PQRS"
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label className="field">
          Pairing server
          <input value={server} onChange={(e) => setServer(e.target.value)} spellCheck={false} />
        </label>
        <button type="submit" className="primary" disabled={!valid}>
          Join
        </button>
      </form>
    </main>
  );
}
