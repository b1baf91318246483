import { PageHeader } from '../ui/page-header';

export const NotFoundPage = () => (
  <PageHeader
    title="Page not found"
    description="This settings page does not exist. Pick a page in the navigation."
  />
);
