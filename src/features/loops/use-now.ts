// The wall clock, re-read every second on the main thread (where tests' fake clocks reach it).
import { useEffect, useState } from 'react';

const TICK_MS = 1_000;

export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
