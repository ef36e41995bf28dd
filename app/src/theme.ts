import type { ThemeConfig } from 'antd';

/**
 * `zeroRuntime`: antd generates no component styles while rendering; they come from antd's own
 * prebuilt stylesheet (antd/dist/antd.css, imported by main.tsx), which is written against CSS
 * variables. antd still writes the variables of this theme (its tokens and each component's
 * tokens derived from them) at run time, so the colours and radius below apply as before. Generating
 * every component's styles on first render (CSS-in-JS) was the largest part of the 工作台's
 * first-load script time (issue 17).
 */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#b71c1c',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};

/** The same theme without antd's motion (token `motion: false`), for users who prefer reduced motion. */
export const stillTheme: ThemeConfig = { ...theme, token: { ...theme.token, motion: false } };
