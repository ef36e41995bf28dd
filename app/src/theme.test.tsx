import { render, screen } from '@testing-library/react';
import { Button, ConfigProvider, type ThemeConfig } from 'antd';
import { describe, expect, it } from 'vitest';
import { stillTheme, theme } from './theme';

/** The small fixed sheet of the icons (`.anticon` and its spin keyframes), the same for every theme. */
const iconSheet = (s: HTMLStyleElement) =>
  s.dataset.cachePath?.includes('ant-design-icons') || s.textContent?.startsWith('@keyframes loadingCircle');

/** Every declaration antd wrote into the document's <style> elements while rendering, but the icons'. */
function injectedDeclarations(): string[] {
  const css = [...document.head.querySelectorAll('style')]
    .filter((s) => !iconSheet(s))
    .map((s) => s.textContent ?? '')
    .join('\n');
  return [...css.matchAll(/([-\w]+)\s*:\s*[^;{}]+/g)].map((m) => m[0]);
}

function renderButton(config: ThemeConfig) {
  document.head.querySelectorAll('style').forEach((s) => {
    s.remove();
  });
  render(
    <ConfigProvider theme={config}>
      <Button type="primary">提交保存</Button>
    </ConfigProvider>,
  );
  expect(screen.getByRole('button', { name: '提交保存' })).toBeTruthy();
  return injectedDeclarations();
}

describe('theme (antd zero-runtime)', () => {
  it.each([
    ['theme', theme],
    ['stillTheme', stillTheme],
  ])('%s: antd writes only CSS variables at run time, with the theme colour among them', (_name, config) => {
    const declarations = renderButton(config);
    expect(declarations.length).toBeGreaterThan(0);
    // component styles come from the prebuilt stylesheet, not from rendering
    expect(declarations.filter((d) => !d.startsWith('--'))).toEqual([]);
    expect(declarations).toContain('--ant-color-primary:#b71c1c');
  });

  it('without zero-runtime the same button generates its component styles (the check above can fail)', () => {
    const declarations = renderButton({ ...theme, zeroRuntime: false });
    expect(declarations.filter((d) => !d.startsWith('--')).length).toBeGreaterThan(10);
  });
});
