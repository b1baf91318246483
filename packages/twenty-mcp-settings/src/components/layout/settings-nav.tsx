import { SETTINGS_ROUTES } from '../../constants/settings-routes.const';
import { useRoute } from '../../hooks/use-route';
import { NavLink } from './nav-link';

export const SettingsNav = () => {
  const { routePath, basePath } = useRoute();

  return (
    <nav aria-label="MCP settings">
      <ul className="nav-list">
        {SETTINGS_ROUTES.map((route) => (
          <li key={route.path}>
            <NavLink
              basePath={basePath}
              routePath={route.path}
              isCurrent={route.path === routePath}
            >
              {route.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
