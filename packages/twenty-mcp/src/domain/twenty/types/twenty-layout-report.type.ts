// What a back-end found about the Twenty database it serves, once at
// start-up: for the host's banner and readiness probe.
export type TwentyLayoutReport = {
  // The release Twenty recorded (core."upgradeMigration"), if any.
  recordedVersion: string | null;
  // The release range the core schema's dated tables and columns imply.
  versionRange: { atLeast: string | null; below: string | null };
  // One line: the recorded release, else the inferred range.
  detectedVersion: string;
  // The Twenty releases this back-end works with, e.g. ">= 2.13.0".
  supportedRange: string;
  supported: boolean;
  // Tables and columns the back-end reads that the database lacks, as
  // `core."table"` or `core."table"."column"`.
  missing: string[];
  // Twenty >= 2.5: ES256 tokens verify against core."signingKey".
  hasSigningKeys: boolean;
};
