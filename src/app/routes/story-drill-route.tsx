import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';
import { StoryDrillView } from '../../features/stories/story-drill-view.tsx';
import { getDb } from '../../storage/db.ts';
import { useTitle } from '../../components/use-title.ts';

export function StoryDrillRoute() {
  const { storyId } = useParams();
  const story = useLiveQuery(() => getDb().stories.get(storyId ?? ''), [storyId], null);
  useTitle(story?.title, 'Story drill');
  if (story === null)
    return (
      <main className="page" aria-busy="true">
        Loading…
      </main>
    );
  if (!story || !storyId) {
    return (
      <main className="page narrow">
        <h1>Story not found</h1>
        <Link to="/stories">Back to your stories</Link>
      </main>
    );
  }
  return (
    <main className="page">
      <StoryDrillView storyId={storyId} title={story.title} />
      <p>
        <Link to="/stories">Back to your stories</Link>
      </p>
    </main>
  );
}
