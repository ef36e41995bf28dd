/** Usernames are ASCII so they can be typed on any keyboard and used in URLs and logs. */
export const USERNAME_PATTERN = /^[a-zA-Z0-9_.-]{3,32}$/;
export const USERNAME_HINT = '用户名为3–32位字母、数字或 _ . -';
