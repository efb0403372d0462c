// The notice both sides of a paired mock get when "Connecting…" lasts: no pairing server answers at
// the address, and the command that starts one. It waits on the page's clock (tests move it).
import { useEffect, useState } from 'react';

/** How long "Connecting…" may last before the page says no pairing server answers. */
export const NO_SERVER_AFTER_MS = 5_000;

/** After 5 s of connecting with no answer: say so, and how to start a server. */
export function NoServerHint({
  connecting,
  serverUrl,
  side,
}: {
  connecting: boolean;
  serverUrl: string;
  side: 'candidate' | 'interviewer';
}) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!connecting) return;
    const t = setTimeout(() => setLate(true), NO_SERVER_AFTER_MS);
    return () => {
      clearTimeout(t);
      setLate(false);
    };
  }, [connecting]);
  if (!connecting || !late) return null;
  return (
    <p role="alert" className="pair-notice">
      No pairing server answers at {serverUrl}.{' '}
      {side === 'candidate' ? 'Start one on that machine' : 'Ask the candidate to start one (or start it yourself)'}{' '}
      with <code>npm run pair-server</code> (or run the app with <code>npm start</code> or <code>npm run dev</code>,
      which start it too); this page connects as soon as it answers.
      {side === 'interviewer' ? ' Check too that the link’s server address is the one the candidate uses.' : ''}
    </p>
  );
}
