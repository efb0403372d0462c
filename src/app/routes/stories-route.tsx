import { StoryInventory } from '../../features/stories/story-inventory.tsx';
import { useTitle } from '../../components/use-title.ts';

export function StoriesRoute() {
  useTitle('Stories');
  return (
    <main className="page narrow-wide">
      <h1>Behavioral stories</h1>
      <p className="lead">
        Keep three to five STAR stories. Drill each until it fits 90 seconds, then 30, then survives an interviewer who
        probes every 30 seconds.
      </p>
      <StoryInventory />
    </main>
  );
}
