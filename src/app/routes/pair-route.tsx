import { InterviewerConsole, type RenderBoard } from '../../features/pairing/interviewer-console.tsx';
import { LiveBoard } from '../../features/whiteboard/live-board.tsx';
import { useTitle } from '../../components/use-title.ts';

/** The candidate's whiteboard on the console (its canvas is loaded only when the board shows). */
const renderBoard: RenderBoard = (link, mayDraw) => <LiveBoard link={link} mayDraw={mayDraw} />;

/** The partner's side of a paired mock. */
export function PairRoute() {
  useTitle('Interviewer');
  return <InterviewerConsole renderBoard={renderBoard} />;
}
