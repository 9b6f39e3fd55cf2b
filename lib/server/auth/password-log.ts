import "server-only";
/**
 * What the audit log keeps for a password reset: never the password, only that the
 * old one is hidden and a new one was set. The history shows these in words
 * (users.passwordLog in the message catalogues).
 */
export const PASSWORD_LOG_VALUES = ["(hidden)", "(reset)"] as const;
