// Twenty's built-in "twenty-standard-application". Metadata owned by it is
// standard; anything owned by another application is custom.
export const STANDARD_APPLICATION = {
  universalIdentifier: '20202020-64aa-4b6f-b003-9c74b97cee20',
  name: 'Twenty Standard',
  sourcePath: 'twenty-standard-application',
} as const;
