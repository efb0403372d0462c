import { InterviewerConsole } from '../../features/pairing/interviewer-console.tsx';
import { useTitle } from '../../components/use-title.ts';

/** The partner's side of a paired mock. */
export function PairRoute() {
  useTitle('Interviewer');
  return <InterviewerConsole />;
}
