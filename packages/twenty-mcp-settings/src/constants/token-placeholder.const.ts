export const TOKEN_PLACEHOLDER = '<token>';
