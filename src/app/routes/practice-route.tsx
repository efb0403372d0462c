import { PracticeSetup } from '../../features/practice/practice-setup.tsx';
import { startIfArmed } from '../../features/think-aloud/recorder.ts';
import { ThinkAloudOption } from '../../features/think-aloud/think-aloud-option.tsx';
import { useTitle } from '../../components/use-title.ts';

export function PracticeRoute() {
  useTitle('Practice');
  return (
    <main className="page">
      <h1>Practice rounds</h1>
      <p className="lead">
        The rounds beyond coding, each on its own clock: theory under time pressure, a system design walked end to end,
        and your stories told against the clock.
      </p>
      <ThinkAloudOption />
      <PracticeSetup onStarted={(id) => void startIfArmed(id)} />
    </main>
  );
}
