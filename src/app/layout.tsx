import { Link, Outlet } from 'react-router';
import { StorageWarning } from '../features/data/storage-warning.tsx';
import { OfflineStatus, RuntimeStatus } from '../features/runtime/runtime-status.tsx';

export function Layout() {
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand" aria-label="Mockloop home">
          Mockloop
        </Link>
        <nav aria-label="Main">
          <Link to="/">Problems</Link>
          <Link to="/rounds">Rounds</Link>
          <Link to="/plan">Plan</Link>
          <Link to="/gaps">Gap log</Link>
          <Link to="/practice">Practice</Link>
          <Link to="/stories">Stories</Link>
          <Link to="/data">Your data</Link>
        </nav>
        <OfflineStatus />
        <RuntimeStatus />
      </header>
      <StorageWarning />
      <Outlet />
    </div>
  );
}
