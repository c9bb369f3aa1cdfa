// Password rules of personal accounts (issue 14): the part both sides check. The server also refuses the most common
// passwords (a list of ~49,000 from @zxcvbn-ts/language-common), which the client does not carry.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** Usernames: lower-case letters, digits, `.`, `_` and `-`, starting with a letter; 2–64 characters. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,63}$/;

/** The zh-CN reason a password breaks the length or username rule, or null when it keeps them. */
export function passwordRuleProblem(password: string, username: string): string | null {
  const chars = [...password].length;
  if (chars < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符（当前 ${chars} 个）`;
  if (chars > PASSWORD_MAX_LENGTH) return `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`;
  const pw = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (pw === name || pw.includes(name) || pw === [...name].reverse().join(''))) return '密码不能是用户名，也不能包含用户名';
  if (new Set(password).size < 4) return '密码过于简单（重复字符过多）';
  return null;
}
