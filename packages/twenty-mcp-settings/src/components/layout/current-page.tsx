import { useRoute } from '../../hooks/use-route';
import { ActivityPage } from '../activity/activity-page';
import { ExposurePage } from '../exposure/exposure-page';
import { OverviewPage } from '../overview/overview-page';
import { PreviewPage } from '../preview/preview-page';
import { TokensPage } from '../tokens/tokens-page';
import { NotFoundPage } from './not-found-page';

export const CurrentPage = () => {
  const { routePath } = useRoute();

  switch (routePath) {
    case '':
      return <OverviewPage />;
    case 'tokens':
      return <TokensPage />;
    case 'exposure':
      return <ExposurePage />;
    case 'preview':
      return <PreviewPage />;
    case 'activity':
      return <ActivityPage />;
    default:
      return <NotFoundPage />;
  }
};
