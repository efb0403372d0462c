// The interviewer's private notes: timestamped against the candidate's clock, kept in this browser
// only (localStorage, per room), never written into the shared document.
import { useEffect, useState } from 'react';
import { formatClock } from '../../domain/round-clock.ts';
import { pairNotesKey } from '../../storage/storage-keys.ts';

interface Note {
  /** Offset from the round's start (ms), or null before the round info arrived. */
  offsetMs: number | null;
  text: string;
}

const key = pairNotesKey;

function loadNotes(roomId: string): Note[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(roomId)) ?? '[]');
    return Array.isArray(raw)
      ? raw.filter(
          (n): n is Note =>
            typeof n === 'object' &&
            n !== null &&
            typeof n.text === 'string' &&
            (n.offsetMs === null || typeof n.offsetMs === 'number'),
        )
      : [];
  } catch {
    return [];
  }
}

export function PrivateNotes({ roomId, startedAt }: { roomId: string; startedAt: number | null }) {
  const [notes, setNotes] = useState<Note[]>(() => loadNotes(roomId));
  const [text, setText] = useState('');
  useEffect(() => localStorage.setItem(key(roomId), JSON.stringify(notes)), [roomId, notes]);

  return (
    <section aria-labelledby="notes-title" className="private-notes">
      <h2 id="notes-title">Private notes</h2>
      <p className="muted">Only you see these; they stay in this browser.</p>
      <form
        aria-label="Add a private note"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          setNotes((n) => [
            ...n,
            { offsetMs: startedAt === null ? null : Math.max(0, Date.now() - startedAt), text: text.trim() },
          ]);
          setText('');
        }}
      >
        <label className="field">
          Note
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={!text.trim()}>
          Add note
        </button>
      </form>
      {notes.length > 0 ? (
        <ul aria-label="Your notes">
          {notes.map((n, i) => (
            <li key={i}>
              <time>{n.offsetMs === null ? '--:--' : formatClock(n.offsetMs)}</time>
              {n.text}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
