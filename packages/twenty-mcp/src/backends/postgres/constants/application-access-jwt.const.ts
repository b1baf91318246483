// Twenty's tokens for applications, its OAuth clients included (type
// APPLICATION_ACCESS): the application id as subject, the user it acts for
// when an OAuth user authorised it. HS256 ones use the APPLICATION_ACCESS
// secret; Twenty >= 2.5 signs them ES256 with its instance signing key.
export const APPLICATION_ACCESS_JWT = {
  type: 'APPLICATION_ACCESS',
  secretTypes: ['APPLICATION_ACCESS'],
} as const;
