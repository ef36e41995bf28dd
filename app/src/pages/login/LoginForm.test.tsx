import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('renders the username and password fields without an error', () => {
    render(<LoginForm onSubmit={() => {}} />);
    expect(screen.getByPlaceholderText('用户名')).toBeTruthy();
    expect(screen.getByPlaceholderText('密码')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error message it is given', () => {
    render(<LoginForm onSubmit={() => {}} error="用户名或密码错误" />);
    expect(screen.getByRole('alert').textContent).toContain('用户名或密码错误');
  });

  it('shows a notice until an attempt fails, then only the error', () => {
    const { rerender } = render(<LoginForm onSubmit={() => {}} notice="登录已超时，请重新登录" />);
    expect(screen.getByTestId('login-notice').textContent).toContain('登录已超时');
    rerender(<LoginForm onSubmit={() => {}} notice="登录已超时，请重新登录" error="用户名或密码错误" />);
    expect(screen.queryByTestId('login-notice')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('用户名或密码错误');
  });

  it('asks for both fields before submitting', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits what was typed', async () => {
    const onSubmit = vi.fn();
    render(<LoginForm onSubmit={onSubmit} />);
    fireEvent.change(screen.getByPlaceholderText('用户名'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByPlaceholderText('密码'), { target: { value: 'secret-Pass1' } });
    fireEvent.click(screen.getByRole('button', { name: /登\s*录/ }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ username: 'admin', password: 'secret-Pass1' }),
    );
  });
});
