import { useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { applyTheme, useTheme } from '../components/use-theme.ts';
import { StorageWarning } from '../features/data/storage-warning.tsx';
import { OfflineStatus, RuntimeStatus } from '../features/runtime/runtime-status.tsx';
import { ThemeControl } from './theme-control.tsx';

const NAV = [
  { to: '/', label: 'Problems', end: true },
  { to: '/rounds', label: 'Rounds' },
  { to: '/plan', label: 'Plan' },
  { to: '/gaps', label: 'Gap log' },
  { to: '/practice', label: 'Practice' },
  { to: '/stories', label: 'Stories' },
  { to: '/data', label: 'Your data' },
];

/** The interviewer's console is its own screen: no candidate navigation and no Python status. */
function isInterviewerPage(pathname: string): boolean {
  return pathname === '/pair';
}

export function Layout() {
  const theme = useTheme();
  const { pathname } = useLocation();
  // The menu is open on the page where it was opened: following one of its links closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  useEffect(() => applyTheme(theme), [theme]);
  const interviewer = isInterviewerPage(pathname);
  return (
    <div className="app">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className={`app-header${menuOpen ? ' menu-open' : ''}`}>
        <Link to="/" className="brand" aria-label="Mockloop home">
          Mockloop
        </Link>
        {interviewer ? (
          <span className="header-role">Interviewer console</span>
        ) : (
          <>
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
            >
              Menu
            </button>
            <nav id="main-nav" aria-label="Main">
              {NAV.map((n) => (
                <NavLink key={n.to} to={n.to} end={n.end}>
                  {n.label}
                </NavLink>
              ))}
            </nav>
          </>
        )}
        <div className="header-tools">
          <ThemeControl />
          {interviewer ? null : (
            <>
              <OfflineStatus />
              <RuntimeStatus />
            </>
          )}
        </div>
      </header>
      <StorageWarning />
      <div id="content" className="content" tabIndex={-1}>
        <Outlet />
      </div>
    </div>
  );
}
