import { InterviewerConsole } from '../../features/pairing/interviewer-console.tsx';

/** The partner's side of a paired mock. */
export function PairRoute() {
  return <InterviewerConsole />;
}
