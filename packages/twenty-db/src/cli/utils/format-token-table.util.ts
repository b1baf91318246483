import { type ListedToken } from '../../auth/utils/mint-listed-tokens.util';

export const formatTokenTable = (
  tokens: ListedToken[],
  { all }: { all: boolean },
): string => {
  const shown = all
    ? tokens
    : tokens.filter((token) => token.status === 'active');
  const lines: string[] = [];
  let workspace = '';

  for (const token of shown) {
    if (token.workspaceName !== workspace) {
      workspace = token.workspaceName;
      lines.push('', `  Workspace "${workspace}" (${token.workspaceId})`);
    }

    lines.push(
      `    ${token.name.padEnd(38)} role: ${(token.roleLabel ?? '-').padEnd(14)}${
        token.status === 'active' ? '' : `[${token.status}] `
      }`,
      `      ${token.token ?? '(cannot be signed: expired)'}`,
    );
  }

  return lines.join('\n');
};
