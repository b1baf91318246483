// The API sits at <settingsPath>/graphql, next to the page: relative to the
// <base> the server injects.
export const getGraphqlUrl = (): string =>
  new URL('graphql', document.baseURI).href;
