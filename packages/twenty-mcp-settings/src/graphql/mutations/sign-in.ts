export const SIGN_IN = `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      workspaces {
        id
        displayName
      }
    }
  }
`;
